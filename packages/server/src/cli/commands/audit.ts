import { openContext } from '../../app/context.js';
import { requestError, EXIT } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { runAudit } from '../../usecases/audit.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

export async function runAuditCommand(args: string[], out: Output): Promise<number> {
  const { values } = parse(args, {
    site: { type: 'string' },
    all: { type: 'boolean', default: false },
    'no-repair': { type: 'boolean', default: false },
  });
  const ctx = await openContext(resolveHome(values.home));
  try {
    if (values.site !== undefined && !ctx.sites.has(values.site))
      throw requestError('DP-SITE-UNKNOWN', `Không có site "${values.site}".`, `No site "${values.site}".`);
    const summary = await runAudit(ctx, {
      ...(values.site !== undefined && { site: values.site }),
      all: values.all,
      repair: !values['no-repair'],
      onProgress: (done, total) => out.progress(`  đã kiểm tra ${done}/${total} hồ sơ`, `  audited ${done}/${total} objects`),
    });
    out.result({
      checked: summary.checked,
      damaged: summary.damaged,
      repaired: summary.repaired,
      unrepaired: summary.unrepaired,
      unreachable: summary.unreachable,
      findings: summary.findings,
    });
    out.say(
      `Đã kiểm tra ${summary.checked} bản sao: ${summary.damaged} hỏng, ${summary.repaired} đã sửa, ${summary.unrepaired} chưa sửa được, ${summary.unreachable} không truy cập được.`,
      `Checked ${summary.checked} copies: ${summary.damaged} damaged, ${summary.repaired} repaired, ${summary.unrepaired} unrepaired, ${summary.unreachable} unreachable.`,
    );
    for (const f of summary.findings)
      out.say(`  [${f.code}] ${f.site} ${f.path ?? ''} — ${f.detail}`, `  [${f.code}] ${f.site} ${f.path ?? ''} — ${f.detail}`);
    if (summary.unrepaired > 0) return EXIT.integrity;
    if (summary.unreachable > 0) return EXIT.unavailable;
    return EXIT.ok;
  } finally {
    await ctx.close();
  }
}
export { runAuditCommand as runAudit };
