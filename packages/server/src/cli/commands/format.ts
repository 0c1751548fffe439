import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { localiseFormatMessage } from '@duphong/core';
import { requestError, EXIT } from '../../errors.js';
import { identifyFile } from '../../formats/identify-file.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

const BASIS_VI: Record<string, string> = { signature: 'chữ ký tệp', container: 'nội dung gói', extension: 'phần mở rộng' };

/** `duphong format identify FILE... [--json]`: PRONOM PUID, MIME type and TT05 status of each file. */
export async function runFormat(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'identify') throw requestError('DP-USAGE', 'Dùng: duphong format identify TỆP...', 'Usage: duphong format identify FILE...');
  const { positionals } = parse(rest, {});
  if (positionals.length === 0) throw requestError('DP-USAGE', 'Thiếu TỆP: duphong format identify TỆP...', 'Missing FILE.');
  const results = [];
  for (const path of positionals) {
    const absolute = resolve(process.cwd(), path);
    if (!existsSync(absolute)) throw requestError('DP-PATH-MISSING', `Không tìm thấy tệp: ${path}`, `File not found: ${path}`);
    results.push({ path, ...(await identifyFile(absolute)) });
  }
  out.result(results);
  const rows = results.map((r) => [
    r.path,
    r.puid ?? '—',
    `${r.formatName}${r.formatVersion ? ` ${r.formatVersion}` : ''}`,
    r.mime,
    r.allowed ? 'TT05' : '—',
    r.basis,
  ]);
  const head = (lang: 'vi' | 'en') =>
    lang === 'en' ? ['FILE', 'PUID', 'FORMAT', 'MIME', 'TT05', 'BASIS'] : ['TỆP', 'PUID', 'ĐỊNH DẠNG', 'MIME', 'TT05', 'CĂN CỨ'];
  const basis = (b: string, lang: 'vi' | 'en') => (lang === 'en' ? b : (BASIS_VI[b] ?? b));
  out.say(table([head('vi'), ...rows.map((r) => [...r.slice(0, 5), basis(r[5]!, 'vi')])]), table([head('en'), ...rows]));
  // One language per line: a format finding's message holds both ("vi / en").
  for (const r of results)
    for (const f of r.findings ?? [])
      out.say(
        `  CẢNH BÁO ${f.code} ${r.path} ${localiseFormatMessage(f.message, 'vi')}`,
        `  WARNING ${f.code} ${r.path} ${localiseFormatMessage(f.message, 'en')}`,
      );
  return EXIT.ok;
}
