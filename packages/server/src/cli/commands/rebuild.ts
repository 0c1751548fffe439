import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { rebuildFromSite } from '../../usecases/rebuild.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

export async function runRebuild(args: string[], out: Output): Promise<number> {
  const { values } = parse(args, { 'from-site': { type: 'string' } });
  if (!values['from-site']) throw requestError('DP-USAGE', 'Thiếu --from-site NAME.', 'Missing --from-site NAME.');
  const ctx = await openContext(resolveHome(values.home));
  try {
    const result = await rebuildFromSite(ctx, values['from-site'], (n) => {
      if (n % 100 === 0) out.progress(`  đã dựng lại ${n} đối tượng`, `  rebuilt ${n} objects`);
    });
    out.result(result);
    out.say(
      `Đã dựng lại danh mục từ site ${values['from-site']}: ${result.objects} đối tượng, ${result.files} hồ sơ, ${result.documents} tài liệu, ${result.events} sự kiện PREMIS.`,
      `Catalogue rebuilt from site ${values['from-site']}: ${result.objects} objects, ${result.files} files, ${result.documents} documents, ${result.events} PREMIS events.`,
    );
    for (const s of result.skipped) out.progress(`  bỏ qua ${s.path}: ${s.reason}`, `  skipped ${s.path}: ${s.reason}`);
    return 0;
  } finally {
    await ctx.close();
  }
}
