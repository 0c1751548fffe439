import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { requestError, EXIT } from '../../errors.js';
import { validatePackagePath } from '../../package/validate.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

/** `duphong package validate PATH [--json]`: an E-ARK CSIP 2.0.4 / TT05 package (folder, ZIP, TAR, TAR.GZ). */
export async function runPackage(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'validate') throw requestError('DP-USAGE', 'Dùng: duphong package validate PATH', 'Usage: duphong package validate PATH');
  const { positionals } = parse(rest, {});
  const path = positionals[0];
  if (!path) throw requestError('DP-USAGE', 'Thiếu PATH: duphong package validate PATH', 'Missing PATH.');
  const absolute = resolve(process.cwd(), path);
  if (!existsSync(absolute)) throw requestError('DP-PATH-MISSING', `Không tìm thấy đường dẫn: ${path}`, `Path not found: ${path}`);
  const report = await validatePackagePath(absolute);
  out.result(report);
  out.say(
    report.valid
      ? `Hợp lệ (E-ARK CSIP): ${path} — ${report.warnings.length} cảnh báo`
      : `KHÔNG hợp lệ (E-ARK CSIP): ${path} — ${report.errors.length} lỗi, ${report.warnings.length} cảnh báo`,
    report.valid
      ? `Valid E-ARK CSIP package: ${path} — ${report.warnings.length} warnings`
      : `INVALID E-ARK CSIP package: ${path} — ${report.errors.length} errors, ${report.warnings.length} warnings`,
  );
  for (const e of report.errors) out.say(`  LỖI ${e.code} ${e.path ?? ''} ${e.message}`, `  ERROR ${e.code} ${e.path ?? ''} ${e.message}`);
  for (const w of report.warnings)
    out.say(`  CẢNH BÁO ${w.code} ${w.path ?? ''} ${w.message}`, `  WARNING ${w.code} ${w.path ?? ''} ${w.message}`);
  return report.valid ? EXIT.ok : EXIT.integrity;
}
