import { resolve } from 'node:path';
import { openContext } from '../../app/context.js';
import { requestError } from '../../app/errors.js';
import { resolveHome } from '../../config/config.js';
import { ingestFolder } from '../../usecases/ingest.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

const MiB = 1024 * 1024;

export async function runIngest(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, { file: { type: 'string' }, title: { type: 'string' } });
  const path = positionals[0];
  if (!path)
    throw requestError(
      'DP-USAGE',
      'Thiếu đường dẫn: duphong ingest FOLDER --file CODE [--title T]',
      'Missing path: duphong ingest FOLDER --file CODE [--title T]',
    );
  if (!values.file)
    throw requestError(
      'DP-USAGE',
      'Thiếu --file CODE: hãy cho biết hồ sơ mà thư mục này thuộc về.',
      'Missing --file CODE: name the catalogue file this folder belongs to.',
    );
  const ctx = await openContext(resolveHome(values.home));
  try {
    let lastShown = 0;
    const result = await ingestFolder(ctx, {
      folder: resolve(process.cwd(), path),
      fileCode: values.file,
      ...(values.title !== undefined && { title: values.title }),
      onProgress: (done, total, bytes) => {
        const now = Date.now();
        if (now - lastShown < 1000 && done !== total) return;
        lastShown = now;
        out.progress(
          `  đã đọc ${done}/${total} tệp, ${(bytes / MiB).toFixed(1)} MiB`,
          `  read ${done}/${total} files, ${(bytes / MiB).toFixed(1)} MiB`,
        );
      },
    });
    out.result(result);
    if (result.unchanged) {
      out.say(
        `Không có thay đổi: hồ sơ ${result.fileCode} đã ở phiên bản v${result.version}.`,
        `Unchanged: ${result.fileCode} is already at v${result.version}.`,
      );
    } else {
      out.say(
        `Đã tạo bản sao dự phòng v${result.version} của hồ sơ ${result.fileCode}: ${result.files} tệp, ${result.bytes} byte.`,
        `Backup copy v${result.version} of ${result.fileCode} made: ${result.files} files, ${result.bytes} bytes.`,
      );
      for (const c of result.copies) out.say(`  ${c.site}: ${c.status}`, `  ${c.site}: ${c.status}`);
    }
    if (!result.policy.met)
      out.progress(
        `Cảnh báo: chưa đạt chính sách nhân bản — ${result.policy.shortfalls.join('; ')}`,
        `Warning: replication policy not met — ${result.policy.shortfalls.join('; ')}`,
      );
    return 0;
  } finally {
    await ctx.close();
  }
}
