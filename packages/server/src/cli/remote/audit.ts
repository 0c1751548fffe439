import type { AuditFinding } from '@duphong/core';
import { requestError, unavailableError } from '../../errors.js';
import type { AuditStatus } from '../../usecases/audit-schedule.js';
import { parse } from '../args.js';
import { auditExit, renderAudit, renderAuditStatus, type AuditReport } from '../commands/audit.js';
import type { Output } from '../output.js';
import { RemoteInternalError } from './errors.js';
import type { RemoteClient } from './client.js';

interface Job {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

interface AuditRun {
  scope: string;
  startedAt: string;
  finishedAt: string | null;
  checked: number;
  damaged: number;
  repaired: number;
  unrepaired: number;
  findings: AuditFinding[];
}

const POLL_MS = 500;

/**
 * `duphong --server URL audit [--site NAME] [--all] | --status`: the server's worker runs the audit
 * (POST /api/audits queues it); this waits for the job, then prints the run it recorded like the
 * local command, with the same exit code.
 */
export async function remoteAudit(client: RemoteClient, args: string[], out: Output): Promise<number> {
  const { values } = parse(args, {
    site: { type: 'string' },
    all: { type: 'boolean', default: false },
    'no-repair': { type: 'boolean', default: false },
    status: { type: 'boolean', default: false },
  });
  if (values.status) {
    const s = await client.get<AuditStatus>('/api/audits/coverage');
    out.result(s);
    out.say(renderAuditStatus(s, 'vi'), renderAuditStatus(s, 'en'));
    return 0;
  }
  if (values['no-repair'])
    throw requestError(
      'DP-REMOTE-UNSUPPORTED',
      '--no-repair chỉ dùng được trên máy chủ: kiểm tra do máy chủ chạy luôn tự sửa bản sao hư hỏng từ các bản sao khớp nhau.',
      '--no-repair works only on the server machine: an audit run by the server always repairs from agreeing copies.',
    );
  const body = { all: values.all, ...(values.site !== undefined && { site: values.site }) };
  const { job } = await client.post<{ job: Job }>('/api/audits', body);
  out.progress(
    `Máy chủ đã nhận yêu cầu kiểm tra (tác vụ ${job.id}); đang chờ kết quả… (Ctrl+C chỉ dừng việc chờ, không dừng kiểm tra trên máy chủ)`,
    `The server queued the audit (job ${job.id}); waiting for it… (Ctrl+C stops waiting, not the audit on the server)`,
  );
  const done = await waitFor(client, job, out);
  const scope = values.all ? 'all' : values.site !== undefined ? `site:${values.site}` : 'due';
  const report = reportOf(await runOf(client, done, scope));
  out.result(report);
  out.say(renderAudit(report, 'vi'), renderAudit(report, 'en'));
  return auditExit(report);
}

async function waitFor(client: RemoteClient, queued: Job, out: Output): Promise<Job> {
  let last = queued.status;
  for (;;) {
    const { jobs } = await client.get<{ jobs: Job[] }>('/api/jobs', { kind: 'audit', limit: 1000 });
    const job = jobs.find((j) => j.id === queued.id);
    if (!job) throw new RemoteInternalError(`Tác vụ kiểm tra ${queued.id} không còn trong hàng đợi của máy chủ ${client.origin}.`);
    if (job.status === 'done') return job;
    if (job.status === 'failed') throw new RemoteInternalError(`Kiểm tra trên máy chủ thất bại: ${job.lastError ?? 'không rõ lý do'}`);
    if (job.status === 'queued' && job.attempts > 0)
      throw unavailableError(
        'DP-REMOTE-JOB-RETRY',
        `Kiểm tra trên máy chủ chưa chạy được (${job.lastError ?? 'không rõ lý do'}); máy chủ sẽ tự thử lại (tác vụ ${job.id}).`,
        `The audit could not run on the server (${job.lastError ?? 'unknown reason'}); the server will retry (job ${job.id}).`,
      );
    if (job.status !== last) {
      last = job.status;
      out.progress('  máy chủ đang kiểm tra…', '  the server is auditing…');
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The run this job recorded: same scope, started after the job was queued, finished before it was done. */
async function runOf(client: RemoteClient, job: Job, scope: string): Promise<AuditRun> {
  const { runs } = await client.get<{ runs: AuditRun[] }>('/api/audits', { limit: 200 });
  const t = (iso: string) => Date.parse(iso);
  const run = runs.find(
    (r) => r.scope === scope && t(r.startedAt) >= t(job.createdAt) && r.finishedAt !== null && t(r.finishedAt) <= t(job.updatedAt),
  );
  if (!run) throw new RemoteInternalError(`Không tìm thấy kết quả của tác vụ kiểm tra ${job.id} trên máy chủ ${client.origin}.`);
  return run;
}

/**
 * A recorded run has no `unreachable` nor `skipped` counts; its findings say them: one
 * DP-SITE-UNAVAILABLE per copy on a site that could not be read (core audit plan), one DP-LOCKED per
 * object skipped (usecases/audit.ts).
 */
export function reportOf(run: AuditRun): AuditReport {
  const count = (code: string) => run.findings.filter((f) => f.code === code && f.object !== '').length;
  return {
    checked: run.checked,
    damaged: run.damaged,
    repaired: run.repaired,
    unrepaired: run.unrepaired,
    unreachable: count('DP-SITE-UNAVAILABLE'),
    skipped: count('DP-LOCKED'),
    findings: run.findings,
  };
}
