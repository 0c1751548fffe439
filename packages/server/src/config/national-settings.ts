import type { ZodError } from 'zod';
import { editConfigFile } from './config-edit.js';
import { nationalConfigSchema, type NationalConfig, type PeerConfig } from './national-config.js';
import { notFoundError, requestError } from '../errors.js';

/*
 * The operator's edits of config section `national` (docs/national.md): who this instance is and
 * which peers it trusts. Config is the trust store (decision 0025), so these are file edits on the
 * server, by the operator, never an HTTP endpoint. Every edit is validated whole before the file
 * is replaced (rename), so a bad key or a dangling upstream never reaches the running config.
 */

export interface NationalIdentityPatch {
  instanceId?: string;
  instanceName?: string;
  unit?: string;
  publicUrl?: string;
  adminEmail?: string;
  /** A peer id, or null to follow no upstream. */
  upstream?: string | null;
}

function problems(error: ZodError): string {
  return error.issues.map((i) => `national.${i.path.join('.')}: ${i.message}`).join('; ');
}

/**
 * Change section `national` as it is on disk now (under the config edit lock: two edits at once
 * both land), validate it whole and write it; the rest of config.json stays as the operator wrote it.
 */
function editNational(home: string, change: (national: Record<string, unknown>) => void): Promise<NationalConfig> {
  return editConfigFile(home, (raw) => {
    const national = { ...((raw.national as Record<string, unknown>) ?? {}) };
    change(national);
    const parsed = nationalConfigSchema.safeParse(national);
    if (!parsed.success)
      throw requestError(
        'DP-NATIONAL-CONFIG',
        `Cấu hình liên thông không hợp lệ: ${problems(parsed.error)}`,
        `Invalid national configuration: ${problems(parsed.error)}`,
      );
    return { config: { ...raw, national }, result: parsed.data };
  });
}

export function setNationalIdentity(home: string, patch: NationalIdentityPatch): Promise<NationalConfig> {
  return editNational(home, (national) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (value === null) delete national[key];
      else national[key] = value;
    }
  });
}

/** Add a peer, or replace the one with the same id (a new URL, key or token). */
export function putPeer(home: string, peer: PeerConfig): Promise<NationalConfig> {
  return editNational(home, (national) => {
    const peers = ((national.peers as PeerConfig[] | undefined) ?? []).filter((p) => p.id !== peer.id);
    national.peers = [...peers, peer];
  });
}

export function removePeer(home: string, id: string): Promise<NationalConfig> {
  return editNational(home, (national) => {
    const peers = (national.peers as PeerConfig[] | undefined) ?? [];
    if (!peers.some((p) => p.id === id))
      throw notFoundError('DP-PEER-NOT-FOUND', `Không có hệ thống liên thông "${id}".`, `There is no peer "${id}".`);
    if (national.upstream === id)
      throw requestError(
        'DP-PEER-IS-UPSTREAM',
        `"${id}" là hệ thống cấp trên; đổi "upstream" trước (duphong national set --no-upstream).`,
        `"${id}" is the upstream; change "upstream" first (duphong national set --no-upstream).`,
      );
    national.peers = peers.filter((p) => p.id !== id);
  });
}
