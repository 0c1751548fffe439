import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { requestError } from '../errors.js';

export interface SourceFile {
  /** Absolute path on disk (original bytes of the name). */
  absolute: string;
  /** Path relative to the folder, NFC-normalised, `/`-separated. */
  relative: string;
  /** The name as found when it differs from its NFC form (kept as metadata). */
  originalRelative?: string;
  size: number;
}

export interface SourceProblem {
  path: string;
  rule: string;
  vi: string;
}

const MAX_PATH_BYTES = 1024;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Walk an input folder before anything is written: refuse symlinks, special files, unreadable
 * files and names that collide once NFC-normalised, listing every problem at once.
 */
export async function scanSourceFolder(folder: string): Promise<SourceFile[]> {
  const top = await lstat(folder).catch(() => undefined);
  if (!top) throw requestError('DP-INGEST-NO-FOLDER', `Không tìm thấy thư mục nguồn: ${folder}`, `Source folder not found: ${folder}`);
  if (!top.isDirectory())
    throw requestError('DP-INGEST-NOT-FOLDER', `Đường dẫn nguồn không phải thư mục: ${folder}`, `Source path is not a folder: ${folder}`);

  const files: SourceFile[] = [];
  const problems: SourceProblem[] = [];
  const seen = new Map<string, string>(); // NFC key (case kept) → original

  async function walk(dir: string, rel: string): Promise<void> {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (error) {
      problems.push({
        path: rel || '.',
        rule: 'DP-INGEST-UNREADABLE',
        vi: `không đọc được thư mục (${(error as NodeJS.ErrnoException).code})`,
      });
      return;
    }
    for (const name of names) {
      const absolute = join(dir, name);
      const original = rel ? `${rel}/${name}` : name;
      const nfc = original.normalize('NFC');
      const stat = await lstat(absolute);
      if (CONTROL.test(name) || name.includes('\\')) {
        problems.push({ path: original, rule: 'DP-INGEST-BAD-NAME', vi: 'tên có ký tự điều khiển hoặc dấu \\' });
        continue;
      }
      if (Buffer.byteLength(nfc) > MAX_PATH_BYTES) {
        problems.push({ path: original, rule: 'DP-INGEST-BAD-NAME', vi: `đường dẫn dài quá ${MAX_PATH_BYTES} byte` });
        continue;
      }
      const clash = seen.get(nfc);
      if (clash !== undefined) {
        problems.push({ path: original, rule: 'DP-INGEST-NAME-COLLISION', vi: `trùng tên với "${clash}" sau khi chuẩn hóa Unicode NFC` });
        continue;
      }
      seen.set(nfc, original);
      if (stat.isSymbolicLink()) {
        problems.push({
          path: original,
          rule: 'DP-INGEST-SYMLINK',
          vi: 'là liên kết tượng trưng (symlink); hãy sao chép tệp thật vào thư mục',
        });
      } else if (stat.isDirectory()) {
        await walk(absolute, original);
      } else if (!stat.isFile()) {
        problems.push({ path: original, rule: 'DP-INGEST-SPECIAL-FILE', vi: 'không phải tệp thông thường (thiết bị, FIFO, socket)' });
      } else {
        try {
          const handle = await open(absolute, 'r');
          await handle.close();
          files.push({ absolute, relative: nfc, ...(nfc !== original && { originalRelative: original }), size: stat.size });
        } catch (error) {
          problems.push({
            path: original,
            rule: 'DP-INGEST-UNREADABLE',
            vi: `không đọc được tệp (${(error as NodeJS.ErrnoException).code})`,
          });
        }
      }
    }
  }

  await walk(folder, '');
  if (problems.length > 0) {
    const lines = problems.map((p) => `  - ${p.path}: ${p.vi} [${p.rule}]`).join('\n');
    const error = requestError(
      problems[0]!.rule,
      `Thư mục nguồn có ${problems.length} vấn đề, chưa ghi gì:\n${lines}`,
      `The source folder has ${problems.length} problem(s); nothing was written:\n${lines}`,
    );
    Object.assign(error, { problems });
    throw error;
  }
  if (files.length === 0)
    throw requestError('DP-INGEST-EMPTY', `Thư mục nguồn không có tệp nào: ${folder}`, `The source folder holds no files: ${folder}`);
  return files;
}
