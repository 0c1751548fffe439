import { openContext } from '../../app/context.js';
import { EXIT, requestError } from '../../errors.js';
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
    if (result.objects === 0)
      out.progress(
        `Cảnh báo: site ${values['from-site']} không chứa đối tượng OCFL nào; danh mục vẫn rỗng. Nếu site này lẽ ra có dữ liệu, hãy dựng lại từ site khác.`,
        `Warning: site ${values['from-site']} holds no OCFL object; the catalogue is still empty. If this site should hold data, rebuild from another site.`,
      );
    // An object left out (unreadable or unsigned inventory) is an integrity problem, not success.
    return result.skipped.length > 0 ? EXIT.integrity : EXIT.ok;
  } finally {
    await ctx.close();
  }
}
