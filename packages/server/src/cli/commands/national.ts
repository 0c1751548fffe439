import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import type { NationalConfig } from '../../config/national-config.js';
import { putPeer, removePeer, setNationalIdentity } from '../../config/national-settings.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';
import { withContext } from '../with-context.js';

/*
 * `duphong national show|set|peer-add|peer-remove`: the operator writes who this instance is and
 * which peers it trusts (config section `national`, docs/national.md) without editing JSON by hand.
 * The running server reads config at start: restart it after a change.
 */
const USAGE_VI =
  'Dùng: duphong national show | national set [--id MÃ] [--name TÊN] [--unit ĐƠN-VỊ] [--public-url URL] [--upstream MÃ|--no-upstream] | national peer-add MÃ --url URL --key KHOÁ [--key …] [--name TÊN] [--unit ĐƠN-VỊ] [--token MÃ-TRUY-CẬP] [--harvest] | national peer-remove MÃ';
const USAGE_EN =
  'Usage: duphong national show | national set [--id ID] [--name NAME] [--unit UNIT] [--public-url URL] [--upstream ID|--no-upstream] | national peer-add ID --url URL --key KEY [--key …] [--name NAME] [--unit UNIT] [--token TOKEN] [--harvest] | national peer-remove ID';

function show(n: NationalConfig, out: Output): void {
  const en = out.lang === 'en';
  out.result({ ...n, peers: n.peers.map(({ token, ...p }) => ({ ...p, token: token ? '***' : null })) });
  const rows = n.peers.map((p) => [
    p.id + (n.upstream === p.id ? (en ? ' (upstream)' : ' (cấp trên)') : ''),
    p.url,
    p.unit ?? '—',
    p.token ? (en ? 'yes' : 'có') : en ? 'no' : 'chưa',
    p.harvest ? (en ? 'yes' : 'có') : en ? 'no' : 'không',
  ]);
  const head = en ? ['Peer', 'URL', 'Unit', 'Token', 'Harvest'] : ['Hệ thống', 'Địa chỉ', 'Đơn vị', 'Mã truy cập', 'Thu thập'];
  out.say(
    `Hệ thống này: ${n.instanceId} (${n.instanceName}), đơn vị ${n.unit ?? '—'}, địa chỉ ${n.publicUrl ?? '—'}\n` +
      (rows.length ? table([head, ...rows]) : 'Chưa khai báo hệ thống liên thông nào.'),
    `This instance: ${n.instanceId} (${n.instanceName}), unit ${n.unit ?? '—'}, address ${n.publicUrl ?? '—'}\n` +
      (rows.length ? table([head, ...rows]) : 'No peers configured.'),
  );
}

export async function runNational(args: string[], out: Output): Promise<number> {
  const [sub = 'show', ...rest] = args;
  const { values, positionals } = parse(rest, {
    id: { type: 'string' },
    name: { type: 'string' },
    unit: { type: 'string' },
    'public-url': { type: 'string' },
    upstream: { type: 'string' },
    'no-upstream': { type: 'boolean', default: false },
    url: { type: 'string' },
    key: { type: 'string', multiple: true },
    token: { type: 'string' },
    harvest: { type: 'boolean', default: false },
  });
  if (sub === 'show') return withContext(values.home, async (ctx) => (show(ctx.config.national, out), 0));
  const home = resolveHome(values.home);
  let saved: NationalConfig;
  if (sub === 'set') {
    saved = await setNationalIdentity(home, {
      ...(values.id !== undefined && { instanceId: values.id }),
      ...(values.name !== undefined && { instanceName: values.name }),
      ...(values.unit !== undefined && { unit: values.unit }),
      ...(values['public-url'] !== undefined && { publicUrl: values['public-url'] }),
      ...(values.upstream !== undefined && { upstream: values.upstream }),
      ...(values['no-upstream'] && { upstream: null }),
    });
  } else if (sub === 'peer-add') {
    const keys = (values.key as unknown as string[] | undefined) ?? [];
    if (!positionals[0] || !values.url || keys.length === 0) throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
    saved = await putPeer(home, {
      id: positionals[0],
      url: values.url,
      publicKeys: keys,
      harvest: values.harvest,
      ...(values.name !== undefined && { name: values.name }),
      ...(values.unit !== undefined && { unit: values.unit }),
      ...(values.token !== undefined && { token: values.token }),
    });
  } else if (sub === 'peer-remove') {
    if (!positionals[0]) throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
    saved = await removePeer(home, positionals[0]);
  } else throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
  show(saved, out);
  out.progress('Đã ghi cấu hình; khởi động lại "duphong serve" để áp dụng.', 'Configuration written; restart "duphong serve" to apply it.');
  return 0;
}
