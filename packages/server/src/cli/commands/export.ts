import { resolve } from 'node:path';
import { formatBytes } from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { exportAip } from '../../usecases/export-aip.js';
import { exportDip } from '../../usecases/export-dip.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

/** `duphong export aip CODE --out DIR` (the head version as a TT05 AIP_hoso zip) and `export dip` (a DIP for one request). */
export async function runExport(args: string[], out: Output): Promise<number> {
  const [kind, ...rest] = args;
  if (kind !== 'aip' && kind !== 'dip')
    throw requestError(
      'DP-USAGE',
      'Dùng: duphong export aip CODE --out DIR | duphong export dip CODE --out DIR --requester R --purpose P',
      'Usage: duphong export aip CODE --out DIR | duphong export dip CODE --out DIR --requester R --purpose P',
    );
  const { values, positionals } = parse(rest, {
    out: { type: 'string' },
    requester: { type: 'string' },
    purpose: { type: 'string' },
    'include-secret': { type: 'boolean', default: false },
  });
  const code = positionals[0]?.normalize('NFC');
  if (!code) throw requestError('DP-USAGE', 'Thiếu mã hồ sơ: duphong export aip CODE --out DIR', 'Missing file code.');
  if (!values.out) throw requestError('DP-USAGE', 'Thiếu --out DIR (thư mục ghi gói ZIP)', 'Missing --out DIR.');
  const ctx = await openContext(resolveHome(values.home));
  if (kind === 'dip') {
    try {
      const dip = await exportDip(ctx, code, resolve(process.cwd(), values.out), {
        requester: values.requester ?? '',
        purpose: values.purpose ?? '',
        includeSecret: values['include-secret'],
      });
      out.result(dip);
      out.say(
        `Đã xuất gói DIP ${dip.dip} (hồ sơ ${dip.fileCode} v${dip.version}, ${dip.documents} tài liệu${dip.withheld.length ? `, giữ lại ${dip.withheld.length} tài liệu mật` : ''}): ${dip.file}`,
        `Exported DIP ${dip.dip} (${dip.fileCode} v${dip.version}, ${dip.documents} documents${dip.withheld.length ? `, ${dip.withheld.length} secret withheld` : ''}): ${dip.file}`,
      );
      return 0;
    } finally {
      await ctx.close();
    }
  }
  try {
    const result = await exportAip(ctx, code, resolve(process.cwd(), values.out), (done, total) => {
      if (done === total || done % 100 === 0) out.progress(`  đã ghi ${done}/${total} tệp`, `  wrote ${done}/${total} files`);
    });
    out.result(result);
    out.say(
      `Đã xuất gói AIP_hoso v${result.version} của hồ sơ ${result.fileCode} từ site ${result.site}: ${result.file} (${result.files} tệp, ${formatBytes(result.bytes, 'vi')}, đã đối chiếu SHA-256)`,
      `Exported AIP_hoso v${result.version} of ${result.fileCode} from site ${result.site}: ${result.file} (${result.files} files, ${formatBytes(result.bytes, 'en')}, SHA-256 verified)`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}
