import { displayDate, JOB_STATUS_LABELS } from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { runOneJob } from '../../jobs/runner.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

/** `duphong jobs list|run`: see and run the background work (replication of pending copies, audits) without the server. */
export async function runJobs(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parse(rest, { status: { type: 'string' } });
  const ctx = await openContext(resolveHome(values.home));
  try {
    if (sub === 'list') {
      const status = values.status as 'queued' | 'running' | 'done' | 'failed' | undefined;
      const jobs = await ctx.catalogue.listJobs(status ? { status } : {});
      out.result(jobs);
      const rows = [
        out.lang === 'en'
          ? ['id', 'kind', 'status', 'attempts', 'run at', 'error']
          : ['id', 'loại', 'trạng thái', 'lần thử', 'chạy lúc', 'lỗi'],
      ];
      for (const j of jobs)
        rows.push([
          j.id.slice(0, 8),
          j.kind,
          JOB_STATUS_LABELS[j.status][out.lang],
          String(j.attempts),
          displayDate(j.runAt),
          j.lastError ?? '',
        ]);
      out.say(table(rows), table(rows));
      return 0;
    }
    if (sub === 'run') {
      const ran: Array<{ id: string; kind: string }> = [];
      for (let job = await runOneJob(ctx); job; job = await runOneJob(ctx)) {
        ran.push({ id: job.id, kind: job.kind });
        out.progress(`  đã chạy ${job.kind} ${job.id.slice(0, 8)}`, `  ran ${job.kind} ${job.id.slice(0, 8)}`);
      }
      const left = await ctx.catalogue.listJobs({ status: 'queued' });
      const failed = await ctx.catalogue.listJobs({ status: 'failed' });
      out.result({ ran: ran.length, queued: left.length, failed: failed.length });
      out.say(
        `Đã chạy ${ran.length} tác vụ; còn chờ ${left.length}, thất bại ${failed.length}.`,
        `Ran ${ran.length} jobs; ${left.length} waiting, ${failed.length} failed.`,
      );
      return left.length > 0 ? 4 : 0;
    }
    throw requestError('DP-USAGE', 'Dùng: duphong jobs list|run', 'Usage: duphong jobs list|run');
  } finally {
    await ctx.close();
  }
}
