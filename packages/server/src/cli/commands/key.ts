import { displayUnitDate } from '@duphong/core';
import type { InstanceKey } from '../../ports/identity.js';
import { requestError } from '../../errors.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';
import { withContext } from '../with-context.js';

/** `duphong key show|list|rotate`: this instance's signing keys (decision 0025). */
export async function runKey(args: string[], out: Output): Promise<number> {
  const [sub = 'show', ...rest] = args;
  if (!['show', 'list', 'rotate'].includes(sub))
    throw requestError(
      'DP-USAGE',
      `Lệnh con không có: "${sub}" (show, list, rotate).`,
      `Unknown sub-command "${sub}" (show, list, rotate).`,
    );
  const { values } = parse(rest, {});
  return withContext(values.home, async (ctx) => {
    const id = ctx.identity;
    if (sub === 'rotate') {
      const before = id.current();
      const key = id.rotate();
      out.result({ instanceId: id.instanceId, retired: before.keyId, current: key });
      out.say(
        `Đã đổi khoá: ${before.keyId} thôi dùng, khoá mới ${key.keyId}\nKhoá công khai mới: ${key.publicKey}`,
        `Key rotated: ${before.keyId} retired, new key ${key.keyId}\nNew public key: ${key.publicKey}`,
      );
      return 0;
    }
    if (sub === 'list') {
      const keys = id.keys();
      out.result({ instanceId: id.instanceId, keys });
      const day = (iso: string | undefined): string => (iso ? displayUnitDate(iso.slice(0, 10)) : '—');
      const rows = keys.map((k: InstanceKey) => [
        k.keyId,
        day(k.createdAt),
        k.retiredAt ? day(k.retiredAt) : out.lang === 'en' ? 'current' : 'đang dùng',
        k.publicKey,
      ]);
      out.say(
        table([['Mã khoá', 'Tạo ngày', 'Thôi dùng', 'Khoá công khai'], ...rows]),
        table([['Key id', 'Created', 'Retired', 'Public key'], ...rows]),
      );
      return 0;
    }
    const key = id.current();
    out.result({ instanceId: id.instanceId, name: ctx.config.national.instanceName, unit: ctx.config.national.unit ?? null, current: key });
    out.say(
      `Hệ thống: ${id.instanceId} (${ctx.config.national.instanceName})\nKhoá hiện hành: ${key.keyId}\nKhoá công khai: ${key.publicKey}`,
      `Instance: ${id.instanceId} (${ctx.config.national.instanceName})\nCurrent key: ${key.keyId}\nPublic key: ${key.publicKey}`,
    );
    return 0;
  });
}
