import { useQuery } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { OnlineBadge } from '../components/Status.js';
import { formatBytes, formatDateTime, formatNumber } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { healthMessages } from '../i18n/health.js';
import { href } from '../router.js';
import './health.css';
import { CopiesChart, CoverageChart, FillChart, IncidentsChart } from './DashboardCharts.js';

type Dashboard = ApiData<'/api/dashboard', 'get'>;

/** The big banner: its colour and words come only from the server's verdict and reasons. */
function StatusBanner({ d }: { d: Dashboard }) {
  const m = useMessages(healthMessages);
  const { lang } = useI18n();
  return (
    <section className={`status-banner status-${d.health}`} role={d.health === 'ok' ? 'status' : 'alert'} aria-labelledby="status-title">
      <h2 id="status-title">{m(`dash.${d.health}`)}</h2>
      {d.reasons.length === 0 ? (
        <p>{m('dash.okDetail')}</p>
      ) : (
        <ul>
          {d.reasons.map((r) => (
            <li key={r.vi} className={`reason-${r.level}`}>
              {lang === 'en' ? r.en : r.vi}
            </li>
          ))}
        </ul>
      )}
      {d.incidents.open > 0 && <a href={href({ page: 'incidents' })}>{m('inc.title')} →</a>}
    </section>
  );
}

function AuditFacts({ d }: { d: Dashboard }) {
  const m = useMessages(healthMessages);
  const { lang } = useI18n();
  return (
    <dl className="stats">
      <div>
        <dt>{m('dash.withinPeriod')}</dt>
        <dd className={d.audit.overdue > 0 ? 'warn' : undefined}>
          {formatNumber(d.audit.withinPeriod, lang)}/{formatNumber(d.audit.copies, lang)}
        </dd>
      </div>
      <div>
        <dt>{m('dash.lastRun')}</dt>
        <dd>{d.audit.lastRun ? formatDateTime(d.audit.lastRun.startedAt) : m('dash.never')}</dd>
      </div>
      <div>
        <dt>{m('dash.nextAudit')}</dt>
        <dd>{d.audit.scheduled ? formatDateTime(d.audit.nextAudit) : m('dash.notScheduled')}</dd>
      </div>
      <div>
        <dt>{m('dash.policy')}</dt>
        <dd
          className={d.policy.unmet > 0 ? 'warn' : undefined}
          title={m('dash.policyRule', { copies: d.policy.copies, regions: d.policy.minRegions, media: d.policy.minMedia })}
        >
          {d.policy.unmet > 0 ? m('dash.policyUnmet', { n: d.policy.unmet }) : m('dash.policyMet')}
        </dd>
      </div>
    </dl>
  );
}

function SitesTable({ d }: { d: Dashboard }) {
  const m = useMessages(healthMessages);
  const { lang } = useI18n();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{m('dash.site')}</th>
          <th scope="col">{m('dash.online')}</th>
          <th scope="col">{m('dash.lastVerified')}</th>
          <th scope="col" className="num">
            {m('dash.objects')}
          </th>
          <th scope="col" className="num">
            {m('dash.used')}
          </th>
          <th scope="col" className="num">
            {m('dash.free')}
          </th>
        </tr>
      </thead>
      <tbody>
        {d.sites.map((s) => (
          <tr key={s.name} data-site={s.name}>
            <th scope="row">{s.name}</th>
            <td>
              <OnlineBadge online={s.online} />
            </td>
            <td className="time">{formatDateTime(s.lastVerifiedAt)}</td>
            <td className="num">{formatNumber(s.objects, lang)}</td>
            <td className="num">{formatBytes(s.bytes, lang)}</td>
            <td className="num">{s.freeBytes === null ? m('dash.unknown') : formatBytes(s.freeBytes, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Progress({ d }: { d: Dashboard }) {
  const m = useMessages(healthMessages);
  const { lang } = useI18n();
  const lists = Object.entries(d.selection.listsByStatus);
  return (
    <dl className="stats">
      <div>
        <dt>{m('dash.ingested')}</dt>
        <dd>{formatNumber(d.intake.objects, lang)}</dd>
      </div>
      <div>
        <dt>{m('dash.jobsQueued')}</dt>
        <dd>{formatNumber(d.intake.jobsQueued + d.intake.jobsRunning, lang)}</dd>
      </div>
      <div>
        <dt>{m('dash.jobsFailed')}</dt>
        <dd className={d.intake.jobsFailed > 0 ? 'warn' : undefined}>{formatNumber(d.intake.jobsFailed, lang)}</dd>
      </div>
      <div>
        <dt>{m('dash.recognised')}</dt>
        <dd>{formatNumber(d.selection.recognisedFiles, lang)}</dd>
      </div>
      <div>
        <dt>{m('dash.lists')}</dt>
        <dd>
          {lists.length === 0
            ? m('dash.noLists')
            : lists
                .map(
                  ([status, n]) =>
                    `${['draft', 'submitted', 'approved', 'returned'].includes(status) ? m(`list.${status as 'draft'}`) : status}: ${n}`,
                )
                .join(' · ')}
        </dd>
      </div>
    </dl>
  );
}

export function Overview() {
  const m = useMessages(healthMessages);
  const dashboard = useQuery({ queryKey: ['dashboard'], queryFn: () => data(api.GET('/api/dashboard')), refetchInterval: 30_000 });
  return (
    <>
      <h1>{m('dash.title')}</h1>
      <DataState loaded={dashboard}>
        {(d) => (
          <>
            <StatusBanner d={d} />
            {d.objects === 0 && <p className="notice">{m('dash.empty')}</p>}
            <div className="chart-grid">
              <section aria-labelledby="copies-title">
                <h2 id="copies-title">{m('dash.copies')}</h2>
                <CopiesChart d={d} />
              </section>
              <section aria-labelledby="coverage-title">
                <h2 id="coverage-title">{m('dash.coverage', { months: d.audit.periodMonths })}</h2>
                <CoverageChart d={d} />
              </section>
              <section aria-labelledby="incidents-title">
                <h2 id="incidents-title">{m('dash.incidents')}</h2>
                <IncidentsChart d={d} />
              </section>
              <section aria-labelledby="fill-title">
                <h2 id="fill-title">{m('dash.fill')}</h2>
                <FillChart d={d} />
              </section>
            </div>
            <AuditFacts d={d} />
            <section aria-labelledby="sites-title">
              <h2 id="sites-title">{m('dash.sites')}</h2>
              <SitesTable d={d} />
            </section>
            <section aria-labelledby="progress-title">
              <h2 id="progress-title">
                {m('dash.intake')} · {m('dash.selection')}
              </h2>
              <Progress d={d} />
            </section>
          </>
        )}
      </DataState>
    </>
  );
}
