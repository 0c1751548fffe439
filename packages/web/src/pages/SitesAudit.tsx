import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime } from '../format.js';
import { useMessages } from '../i18n.js';
import { siteMessages } from '../i18n/sites.js';

/** The audit schedule and coverage, the last and next audit, and a button that runs one and shows its result. */
export function SitesAudit() {
  const m = useMessages(siteMessages);
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string>();
  const [startError, setStartError] = useState<string>();
  const coverage = useQuery({ queryKey: ['audit-coverage'], queryFn: () => data(api.GET('/api/audits/coverage')) });
  const runs = useQuery({ queryKey: ['audits', 1], queryFn: () => data(api.GET('/api/audits', { params: { query: { limit: 1 } } })) });
  const job = useQuery({
    queryKey: ['job', jobId],
    enabled: jobId !== undefined,
    queryFn: async () => (await data(api.GET('/api/jobs'))).jobs.find((j) => j.id === jobId),
    refetchInterval: (q) => (q.state.data?.status === 'done' || q.state.data?.status === 'failed' ? false : 1000),
  });
  const finished = job.data?.status === 'done' || job.data?.status === 'failed';
  const last = runs.data?.runs[0];
  const refetchRuns = runs.refetch;
  useEffect(() => {
    // The run's counts and the coverage change once the job is over.
    if (!finished) return;
    void refetchRuns();
    void queryClient.invalidateQueries({ queryKey: ['audit-coverage'] });
  }, [finished, refetchRuns, queryClient]);
  const start = async () => {
    setStartError(undefined);
    try {
      const { job: queued } = await data(api.POST('/api/audits', { body: { all: true } }));
      setJobId(queued.id);
      void queryClient.invalidateQueries({ queryKey: ['audit-coverage'] });
    } catch (error) {
      setStartError((error as Error).message);
    }
  };
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{m('audit')}</h2>
      <DataState loaded={coverage}>
        {(c) => (
          <>
            <p>{m('period', { months: c.periodMonths })}</p>
            <p className={c.overdue > 0 || c.neverVerified > 0 ? 'warn' : undefined}>
              {m('coverage', {
                within: c.withinPeriod,
                copies: c.copies,
                share: Math.round(c.share * 100),
                overdue: c.overdue,
                never: c.neverVerified,
              })}
            </p>
            <p>{m('background', { state: c.scheduled ? m('on') : m('off'), window: c.window })}</p>
            <dl className="counts">
              <dt>{m('lastAudit')}</dt>
              <dd>{last ? formatDateTime(last.finishedAt ?? last.startedAt) : m('noAudit')}</dd>
              <dt>{m('nextAudit')}</dt>
              <dd>{c.nextDue ? formatDateTime(c.nextDue) : m('noAudit')}</dd>
            </dl>
          </>
        )}
      </DataState>
      <div className="action">
        <button type="button" className="primary" onClick={() => void start()} disabled={jobId !== undefined && !finished}>
          {m('runAudit')}
        </button>
      </div>
      <p role="status" aria-live="polite">
        {startError ??
          (jobId === undefined
            ? ''
            : !finished
              ? m('auditQueued')
              : job.data?.status === 'failed'
                ? m('auditFailed', { error: job.data.lastError ?? '' })
                : last && job.data && last.startedAt >= job.data.createdAt
                  ? m('auditDone', { checked: last.checked, damaged: last.damaged, repaired: last.repaired, unrepaired: last.unrepaired })
                  : m('auditQueued'))}
      </p>
    </section>
  );
}
