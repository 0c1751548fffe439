import { resolve } from 'node:path';
import { formatBytes } from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { ingestFolder } from '../../usecases/ingest.js';
import { ingestSip } from '../../usecases/ingest-sip.js';
import { looksLikeSip } from '../../package/sip-detect.js';
import { describeChanges } from '../../usecases/ingest-changes.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

export async function runIngest(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    file: { type: 'string' },
    title: { type: 'string' },
    // A version that drops documents of the head version is refused without it (the replace rule).
    replace: { type: 'boolean', default: false },
  });
  const path = positionals[0];
  if (!path)
    throw requestError(
      'DP-USAGE',
      'Thiếu đường dẫn: duphong ingest SIP.zip|THƯ-MỤC-SIP, hoặc duphong ingest THƯ-MỤC --file CODE [--title T]',
      'Missing path: duphong ingest SIP.zip|SIP-FOLDER, or duphong ingest FOLDER --file CODE [--title T]',
    );
  const absolute = resolve(process.cwd(), path);
  const sip = values.file === undefined && (await looksLikeSip(absolute));
  if (!values.file && !sip)
    throw requestError(
      'DP-USAGE',
      'Thiếu --file CODE: thư mục này không phải gói SIP (không có METS.xml); hãy cho biết hồ sơ mà nó thuộc về.',
      'Missing --file CODE: this folder is not a SIP (no METS.xml); name the catalogue file it belongs to.',
    );
  const ctx = await openContext(resolveHome(values.home));
  try {
    let lastShown = 0;
    const onProgress = (done: number, total: number, bytes: number) => {
      const now = Date.now();
      if (now - lastShown < 1000 && done !== total) return;
      lastShown = now;
      out.progress(
        `  đã đọc ${done}/${total} tệp, ${formatBytes(bytes, 'vi')}`,
        `  read ${done}/${total} files, ${formatBytes(bytes, 'en')}`,
      );
    };
    const sipResult = sip ? await ingestSip(ctx, sip, { onProgress, confirmReplace: values.replace }) : undefined;
    const result =
      sipResult ??
      (await ingestFolder(ctx, {
        folder: absolute,
        fileCode: values.file!,
        ...(values.title !== undefined && { title: values.title }),
        confirmReplace: values.replace,
        onProgress,
      }));
    out.result(result);
    if (sipResult) {
      out.say(
        `Gói SIP ${sipResult.sip.objid} hợp lệ (${sipResult.sip.warnings.length} cảnh báo), đã thành gói AIP của hồ sơ ${result.fileCode}.`,
        `SIP ${sipResult.sip.objid} valid (${sipResult.sip.warnings.length} warnings), now the AIP of ${result.fileCode}.`,
      );
      for (const w of sipResult.sip.warnings)
        out.say(`  CẢNH BÁO ${w.code} ${w.path ?? ''} ${w.message}`, `  WARNING ${w.code} ${w.path ?? ''} ${w.message}`);
    }
    out.say(describeChanges(result.changes, 'vi').join('\n'), describeChanges(result.changes, 'en').join('\n'));
    if (result.unchanged) {
      out.say(
        `Không có thay đổi: hồ sơ ${result.fileCode} đã ở phiên bản v${result.version}.`,
        `Unchanged: ${result.fileCode} is already at v${result.version}.`,
      );
    } else {
      out.say(
        `Đã tạo bản sao dự phòng v${result.version} của hồ sơ ${result.fileCode}: ${result.files} tệp, ${formatBytes(result.bytes, 'vi')}.`,
        `Backup copy v${result.version} of ${result.fileCode} made: ${result.files} files, ${formatBytes(result.bytes, 'en')}.`,
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
