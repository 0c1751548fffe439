import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';

type AuditRun = ApiData<'/api/audits', 'get'>['runs'][number];
import { DataState } from '../components/DataState.js';
import { formatDateTime } from '../format.js';
import { useI18n, type Translate } from '../i18n.js';

function scopeLabel(scope: string, t: Translate): string {
  if (scope === 'all') return t('scope.all');
  if (scope === 'due') return t('scope.due');
  return scope.replace(/^site:/, 'site ');
}

function Findings({ run }: { run: AuditRun }) {
  const { t } = useI18n();
  if (run.findings.length === 0) return <span className="muted">{t('audits.noFindings')}</span>;
  return (
    <ul className="findings">
      {run.findings.map((f, i) => (
        <li key={`${f.object}-${f.site}-${i}`}>
          <code>{f.code}</code> {f.detail}{' '}
          <span className="muted">
            ({t('finding.site')} {f.site}
            {f.path ? `, ${f.path}` : ''})
          </span>
        </li>
      ))}
    </ul>
  );
}

function StartAudit({ onStarted }: { onStarted: () => void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const { job } = await data(api.POST('/api/audits', { body: { all: true } }));
      setMessage({ text: `${t('audits.queued')} ${job.id}`, error: false });
      onStarted();
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="action">
      <button type="button" className="primary" onClick={start} disabled={busy} aria-describedby="audit-hint">
        {t('audits.start')}
      </button>
      <p id="audit-hint" className="muted">
        {t('audits.startHint')}
      </p>
      {message && (
        <p role="status" className={message.error ? 'notice notice-error' : 'notice'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

export function Audits() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const runs = useQuery({ queryKey: ['audits'], queryFn: () => data(api.GET('/api/audits')), refetchInterval: 5_000 });
  const jobs = useQuery({ queryKey: ['jobs'], queryFn: () => data(api.GET('/api/jobs')), refetchInterval: 5_000 });
  const active = (jobs.data?.jobs ?? []).filter((j) => j.kind === 'audit' && (j.status === 'queued' || j.status === 'running'));
  return (
    <>
      <h1>{t('audits.title')}</h1>
      <StartAudit onStarted={() => void queryClient.invalidateQueries({ queryKey: ['audits'] }).then(() => jobs.refetch())} />
      {active.length > 0 && (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">{t('audits.pendingJobs')}</h2>
          <ul>
            {active.map((j) => (
              <li key={j.id}>
                {t(`job.${j.status as 'queued' | 'running'}`)} — {formatDateTime(j.createdAt)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="runs-title">
        <h2 id="runs-title">{t('audits.runs')}</h2>
        <DataState loaded={runs}>
          {({ runs: list }) =>
            list.length === 0 ? (
              <p className="muted">{t('audits.empty')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('audits.startedAt')}</th>
                    <th scope="col">{t('audits.finishedAt')}</th>
                    <th scope="col">{t('audits.scope')}</th>
                    <th scope="col" className="num">
                      {t('audits.checked')}
                    </th>
                    <th scope="col" className="num">
                      {t('audits.damaged')}
                    </th>
                    <th scope="col" className="num">
                      {t('audits.repaired')}
                    </th>
                    <th scope="col" className="num">
                      {t('audits.unrepaired')}
                    </th>
                    <th scope="col">{t('audits.findings')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((run) => (
                    <tr key={run.id}>
                      <th scope="row" className="time">
                        {formatDateTime(run.startedAt)}
                      </th>
                      <td className="time">{run.finishedAt ? formatDateTime(run.finishedAt) : t('audits.running')}</td>
                      <td>{scopeLabel(run.scope, t)}</td>
                      <td className="num">{run.checked}</td>
                      <td className={run.damaged > 0 ? 'num warn' : 'num'}>{run.damaged}</td>
                      <td className="num">{run.repaired}</td>
                      <td className={run.unrepaired > 0 ? 'num danger' : 'num'}>{run.unrepaired}</td>
                      <td>
                        <Findings run={run} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </DataState>
      </section>
    </>
  );
}
