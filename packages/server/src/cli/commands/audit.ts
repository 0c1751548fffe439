import { displayDate } from '@duphong/core';
import { openContext } from '../../app/context.js';
import type { Context } from '../../ports/context.js';
import { requestError, EXIT } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { runAudit, type AuditSummary } from '../../usecases/audit.js';
import { auditStatus, type AuditStatus } from '../../usecases/audit-schedule.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

const GB = 1_000_000_000;

/** `duphong audit --status`: coverage of the audit, read from the catalogue (nothing is read from the sites). */
async function printStatus(ctx: Context, out: Output): Promise<number> {
  const s = await auditStatus(ctx);
  out.result(s);
  out.say(renderAuditStatus(s, 'vi'), renderAuditStatus(s, 'en'));
  return EXIT.ok;
}

/** The human text of `audit --status` (also the remote CLI's, cli/remote/). */
export function renderAuditStatus(s: AuditStatus, lang: 'vi' | 'en'): string {
  const percentVi = `${(s.share * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
  const percent = `${(s.share * 100).toFixed(1)}%`;
  const oldest = s.oldestVerification ? displayDate(s.oldestVerification) : '—';
  const next = s.nextDue ? displayDate(s.nextDue) : '—';
  const budget = `${(s.dailyBytes / GB).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} GB`;
  const vi = [
    `Độ bao phủ kiểm tra (chu kỳ ${s.periodMonths} tháng): ${s.withinPeriod}/${s.copies} bản sao (${percentVi}) đã kiểm tra trong chu kỳ.`,
    `  Đến hạn hoặc quá hạn: ${s.overdue} (chưa từng kiểm tra: ${s.neverVerified})`,
    `  Lần kiểm tra cũ nhất: ${oldest}`,
    `  Bản sao tiếp theo đến hạn: ${next}`,
    `  Kiểm tra nền: ${s.scheduled ? `bật, khung giờ ${s.window} (giờ Việt Nam), tối đa ${budget}/ngày` : 'tắt'}`,
  ].join('\n');
  const en = [
    `Audit coverage (period ${s.periodMonths} months): ${s.withinPeriod}/${s.copies} copies (${percent}) verified within the period.`,
    `  Due or overdue: ${s.overdue} (never verified: ${s.neverVerified})`,
    `  Oldest verification: ${oldest}`,
    `  Next copy due: ${next}`,
    `  Background audit: ${s.scheduled ? `on, window ${s.window} (Vietnam time), at most ${(s.dailyBytes / GB).toFixed(1)} GB/day` : 'off'}`,
  ].join('\n');
  return lang === 'en' ? en : vi;
}

export async function runAuditCommand(args: string[], out: Output): Promise<number> {
  const { values } = parse(args, {
    site: { type: 'string' },
    all: { type: 'boolean', default: false },
    'no-repair': { type: 'boolean', default: false },
    status: { type: 'boolean', default: false },
  });
  const ctx = await openContext(resolveHome(values.home));
  try {
    if (values.status) return await printStatus(ctx, out);
    if (values.site !== undefined && !ctx.sites.has(values.site))
      throw requestError('DP-SITE-UNKNOWN', `Không có site "${values.site}".`, `No site "${values.site}".`);
    const summary = await runAudit(ctx, {
      ...(values.site !== undefined && { site: values.site }),
      all: values.all,
      repair: !values['no-repair'],
      onProgress: (done, total) => out.progress(`  đã kiểm tra ${done}/${total} hồ sơ`, `  audited ${done}/${total} objects`),
    });
    const report = auditReport(summary);
    out.result(report);
    out.say(renderAudit(report, 'vi'), renderAudit(report, 'en'));
    return auditExit(report);
  } finally {
    await ctx.close();
  }
}
export { runAuditCommand as runAudit };

export type AuditReport = Omit<AuditSummary, 'run'>;

/** The --json document of `audit` (CONTRACT.md). */
export function auditReport(summary: AuditReport): AuditReport {
  return {
    checked: summary.checked,
    damaged: summary.damaged,
    repaired: summary.repaired,
    unrepaired: summary.unrepaired,
    unreachable: summary.unreachable,
    skipped: summary.skipped,
    findings: summary.findings,
  };
}

/** The human text of `audit` (also the remote CLI's, cli/remote/). */
export function renderAudit(summary: AuditReport, lang: 'vi' | 'en'): string {
  const head =
    lang === 'en'
      ? `Checked ${summary.checked} copies: ${summary.damaged} damaged, ${summary.repaired} repaired, ${summary.unrepaired} unrepaired, ${summary.unreachable} unreachable, ${summary.skipped} objects skipped (locked).`
      : `Đã kiểm tra ${summary.checked} bản sao: ${summary.damaged} hỏng, ${summary.repaired} đã sửa, ${summary.unrepaired} chưa sửa được, ${summary.unreachable} không truy cập được, ${summary.skipped} hồ sơ bỏ qua vì đang bị khóa.`;
  return [head, ...summary.findings.map((f) => `  [${f.code}] ${f.site} ${f.path ?? ''} — ${f.detail}`)].join('\n');
}

/** Skipped (locked) objects are listed but do not change the exit code: it says what was checked. */
export function auditExit(summary: AuditReport): number {
  if (summary.unrepaired > 0) return EXIT.integrity;
  if (summary.unreachable > 0) return EXIT.unavailable;
  return EXIT.ok;
}
