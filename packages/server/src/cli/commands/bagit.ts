import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatBytes, isBagAlgorithm, type BagAlgorithm } from '@duphong/core';
import { requestError, EXIT } from '../../errors.js';
import { createBag } from '../../bagit/create-bag.js';
import { isFolder, validateBag } from '../../bagit/validate-bag.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

const USAGE_VI = 'Dùng: duphong bagit validate PATH [--profile FILE] | duphong bagit create SRC --out DIR [--algorithms sha256,sha512]';
const USAGE_EN = 'Usage: duphong bagit validate PATH [--profile FILE] | duphong bagit create SRC --out DIR [--algorithms sha256,sha512]';

/** `duphong bagit validate|create`: BagIt 1.0 (RFC 8493) bags as folders. */
export async function runBagit(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'validate') return runValidate(rest, out);
  if (sub === 'create') return runCreate(rest, out);
  throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
}

async function existingFolder(path: string | undefined, what: string): Promise<string> {
  if (!path) throw requestError('DP-USAGE', `Thiếu ${what}. ${USAGE_VI}`, `Missing ${what}. ${USAGE_EN}`);
  const absolute = resolve(process.cwd(), path);
  if (!existsSync(absolute)) throw requestError('DP-PATH-MISSING', `Không tìm thấy đường dẫn: ${path}`, `Path not found: ${path}`);
  if (!(await isFolder(absolute)))
    throw requestError('DP-BAG-NOT-DIR', `Túi BagIt phải là một thư mục: ${path}`, `A BagIt bag must be a folder: ${path}`);
  return absolute;
}

async function runValidate(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, { profile: { type: 'string' } });
  const root = await existingFolder(positionals[0], 'PATH');
  let profile: string | undefined;
  if (values.profile !== undefined) {
    profile = resolve(process.cwd(), values.profile);
    if (!existsSync(profile))
      throw requestError('DP-PATH-MISSING', `Không tìm thấy hồ sơ: ${values.profile}`, `Profile not found: ${values.profile}`);
  }
  const { report } = await validateBag(root, profile === undefined ? {} : { profile });
  const path = positionals[0]!;
  out.result(report);
  out.say(
    report.valid
      ? `Hợp lệ (BagIt): ${path} — ${report.warnings.length} cảnh báo`
      : `KHÔNG hợp lệ (BagIt): ${path} — ${report.errors.length} lỗi, ${report.warnings.length} cảnh báo`,
    report.valid
      ? `Valid BagIt bag: ${path} — ${report.warnings.length} warnings`
      : `INVALID BagIt bag: ${path} — ${report.errors.length} errors, ${report.warnings.length} warnings`,
  );
  for (const e of report.errors) out.say(`  LỖI ${e.code} ${e.path ?? ''} ${e.message}`, `  ERROR ${e.code} ${e.path ?? ''} ${e.message}`);
  for (const w of report.warnings)
    out.say(`  CẢNH BÁO ${w.code} ${w.path ?? ''} ${w.message}`, `  WARNING ${w.code} ${w.path ?? ''} ${w.message}`);
  return report.valid ? EXIT.ok : EXIT.integrity;
}

async function runCreate(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, algorithms: { type: 'string' } });
  const source = await existingFolder(positionals[0], 'SRC');
  if (!values.out) throw requestError('DP-USAGE', `Thiếu --out DIR. ${USAGE_VI}`, `Missing --out DIR. ${USAGE_EN}`);
  const algorithms = (values.algorithms ?? 'sha256,sha512').split(',').map((a) => a.trim().toLowerCase());
  const bad = algorithms.filter((a) => !isBagAlgorithm(a));
  if (bad.length > 0 || algorithms.length === 0)
    throw requestError('DP-USAGE', `Thuật toán không hỗ trợ: ${bad.join(', ')}`, `Unsupported algorithm: ${bad.join(', ')}`);
  const bag = await createBag(source, resolve(process.cwd(), values.out), { algorithms: algorithms as BagAlgorithm[] });
  out.result({ bag: bag.root, files: bag.files, bytes: bag.bytes, algorithms, valid: bag.report.valid });
  out.say(
    `Đã tạo túi BagIt ${bag.root}: ${bag.files} tệp, ${formatBytes(bag.bytes, 'vi')} (${algorithms.join(', ')}), đã kiểm tra lại`,
    `Created BagIt bag ${bag.root}: ${bag.files} files, ${formatBytes(bag.bytes, 'en')} (${algorithms.join(', ')}), verified`,
  );
  return EXIT.ok;
}
