import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { requestError, EXIT } from '../../errors.js';
import { validateOcflPath } from '../../ocfl/validate-path.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

export async function runOcfl(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'validate') throw requestError('DP-USAGE', 'Dùng: duphong ocfl validate PATH', 'Usage: duphong ocfl validate PATH');
  const { positionals } = parse(rest, {});
  const path = positionals[0];
  if (!path) throw requestError('DP-USAGE', 'Thiếu PATH: duphong ocfl validate PATH', 'Missing PATH.');
  const absolute = resolve(process.cwd(), path);
  if (!existsSync(absolute)) throw requestError('DP-PATH-MISSING', `Không tìm thấy đường dẫn: ${path}`, `Path not found: ${path}`);
  const report = await validateOcflPath(absolute);
  out.result(report);
  out.say(
    report.valid
      ? `Hợp lệ (OCFL): ${path} — ${report.warnings.length} cảnh báo`
      : `KHÔNG hợp lệ (OCFL): ${path} — ${report.errors.length} lỗi`,
    report.valid ? `Valid OCFL: ${path} — ${report.warnings.length} warnings` : `INVALID OCFL: ${path} — ${report.errors.length} errors`,
  );
  for (const e of report.errors) out.say(`  ${e.code} ${e.path ?? ''} ${e.message}`, `  ${e.code} ${e.path ?? ''} ${e.message}`);
  for (const w of report.warnings) out.say(`  ${w.code} ${w.path ?? ''} ${w.message}`, `  ${w.code} ${w.path ?? ''} ${w.message}`);
  return report.valid ? EXIT.ok : EXIT.integrity;
}
