import { z } from 'zod';

/*
 * The national level (docs/national.md, decision 0025): who this instance is, the peers it trusts
 * and how it reaches them. Config is the trust store: a peer's public key is written here by the
 * operator, never learnt from the network on first contact (a rotated key is accepted only when
 * the key configured here signed the rotation).
 */

const instanceId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'mã hệ thống chỉ gồm a-z, 0-9 và -, 2–63 ký tự (ví dụ "tinh-lao-cai")');

/** An Ed25519 public key as base64 of its 32 raw bytes. */
export const publicKeySchema = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'khoá công khai Ed25519: 32 byte viết base64 (44 ký tự)');

export const peerConfigSchema = z.object({
  id: instanceId,
  name: z.string().min(1).max(200).optional(),
  /** Base URL of the peer's server, e.g. "https://luutru.laocai.gov.vn". */
  url: z.string().url('địa chỉ URL không hợp lệ (ví dụ https://luutru.laocai.gov.vn)'),
  /** The unit (province, ministry) the peer serves: the portal's province facet, handover scope. */
  unit: z.string().min(1).max(40).optional(),
  /** The peer's Ed25519 public key(s); the first is current, others older keys still honoured. */
  publicKeys: z.array(publicKeySchema).min(1),
  /** Bearer token of an account this instance holds on the peer (pull, harvest, handover, drift). */
  token: z.string().min(1).optional(),
  /** The national portal harvests this peer by OAI-PMH. */
  harvest: z.boolean().default(false),
});
export type PeerConfig = z.infer<typeof peerConfigSchema>;

export const nationalConfigSchema = z
  .object({
    /** This instance's stable id: OAI identifiers, signatures, handovers name it. */
    instanceId: instanceId.default('duphong'),
    instanceName: z.string().min(1).max(200).default('DuPhong'),
    /** The unit this instance serves (its province, ministry or the national centre). */
    unit: z.string().min(1).max(40).optional(),
    /** The address others reach this instance at (links back from the portal, OAI baseURL). */
    publicUrl: z.string().url('địa chỉ URL không hợp lệ (ví dụ https://luutru.laocai.gov.vn)').optional(),
    adminEmail: z.string().email('địa chỉ thư điện tử không hợp lệ').default('admin@localhost.localdomain'),
    peers: z.array(peerConfigSchema).default([]),
    /** The peer whose shared code lists this instance follows (one way, from the centre). */
    upstream: instanceId.optional(),
    /** Minutes between scheduled pulls of code lists and harvests. */
    syncEveryMinutes: z.number().int().min(1).max(10_080).default(60),
  })
  .superRefine((n, ctx) => {
    const ids = new Set<string>();
    n.peers.forEach((p, i) => {
      if (ids.has(p.id)) ctx.addIssue({ code: 'custom', message: `hệ thống "${p.id}" khai báo hai lần`, path: ['peers', i, 'id'] });
      if (p.id === n.instanceId)
        ctx.addIssue({ code: 'custom', message: 'một hệ thống không tự khai báo mình là hệ thống ngang hàng', path: ['peers', i, 'id'] });
      ids.add(p.id);
    });
    if (n.upstream && !ids.has(n.upstream))
      ctx.addIssue({ code: 'custom', message: `hệ thống cấp trên "${n.upstream}" chưa có trong "peers"`, path: ['upstream'] });
  });
export type NationalConfig = z.infer<typeof nationalConfigSchema>;
export const NATIONAL_DEFAULTS: NationalConfig = {
  instanceId: 'duphong',
  instanceName: 'DuPhong',
  adminEmail: 'admin@localhost.localdomain',
  peers: [],
  syncEveryMinutes: 60,
};

/** The peer a signature or a request names, or undefined. */
export function peerById(config: NationalConfig, id: string): PeerConfig | undefined {
  return config.peers.find((p) => p.id === id);
}
