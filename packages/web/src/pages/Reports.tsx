import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { FIGURE_LABELS, INSTRUMENT_KIND_LABELS, REPORT_FIGURES, SUBMISSION_LABELS } from '@duphong/core';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDay, formatNumber } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { reportsMessages } from '../i18n/reports.js';
import { useSessionUser } from '../session/SessionGate.js';
import { CountsChart, StatusChart } from './ReportCharts.js';
import { ReportPlans } from './ReportPlans.js';
import { ReportStatistics } from './ReportStatistics.js';
import { UnitReport } from './ReportUnit.js';
import './reports.css';

type Rollup = ApiData<'/api/reports/rollup', 'get'>;
type Listed = Rollup['units'][number]['plans'][string][number];
type Show = 'all' | 'withoutPlan' | 'neverReported' | 'late';

function useInstrumentText() {
  const { lang } = useI18n();
  const m = useMessages(reportsMessages);
  return (i: Listed & { late?: boolean }) =>
    [
      INSTRUMENT_KIND_LABELS[i.kind as keyof typeof INSTRUMENT_KIND_LABELS]?.[lang] ?? i.kind,
      i.number,
      i.date ? formatDay(i.date) : null,
      i.from ? `(${m('from2', { name: i.from })})` : null,
    ]
      .filter(Boolean)
      .join(' ');
}

/** The appendix table with its filters: who issued what, per year. */
function RollupTable({ r }: { r: Rollup }) {
  const m = useMessages(reportsMessages);
  const text = useInstrumentText();
  const [show, setShow] = useState<Show>('all');
  const [group, setGroup] = useState('');
  const [name, setName] = useState('');
  const groups = [...new Set(r.units.map((u) => u.group ?? ''))];
  const late = new Set(r.late.map((l) => l.name));
  const shown = r.units.filter(
    (u) =>
      (group === '' || u.group === group) &&
      (name.trim() === '' || u.name.toLocaleLowerCase('vi').includes(name.trim().toLocaleLowerCase('vi'))) &&
      (show === 'all' ||
        (show === 'withoutPlan' && r.withoutPlan.includes(u.name)) ||
        (show === 'neverReported' && r.neverReported.includes(u.name)) ||
        (show === 'late' && late.has(u.name))),
  );
  return (
    <>
      <div className="filters">
        <label>
          {m('group')}{' '}
          <select value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">{m('allGroups')}</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m('show')}{' '}
          <select value={show} onChange={(e) => setShow(e.target.value as Show)}>
            <option value="all">{m('showAll')}</option>
            <option value="withoutPlan">{m('showWithoutPlan')}</option>
            <option value="neverReported">{m('showNeverReported')}</option>
            <option value="late">{m('showLate')}</option>
          </select>
        </label>
        <label>
          {m('filter')} <input type="search" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
      </div>
      <p className="muted" aria-live="polite">
        {m('shown', { n: shown.length, total: r.units.length })}
      </p>
      <div className="table-scroll">
        <table className="rollup-table">
          <thead>
            <tr>
              <th scope="col">{m('unit')}</th>
              {r.years.flatMap((y) => [
                <th scope="col" key={`p${y}`}>
                  {m('plan', { year: y })}
                </th>,
                <th scope="col" key={`r${y}`}>
                  {m('report', { year: y })}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {shown.map((u) => (
              <tr key={u.unit} data-unit={u.unit}>
                <th scope="row">{u.name}</th>
                {r.years.flatMap((y) => [
                  <td key={`p${y}`}>
                    {(u.plans[String(y)] ?? []).map((i) => (
                      <div key={`${i.number}${i.date}`}>{text(i)}</div>
                    ))}
                  </td>,
                  <td key={`r${y}`}>
                    {u.noRecords[String(y)] && <div className="muted">{m('noRecords')}</div>}
                    {(u.reports[String(y)] ?? []).map((i) => (
                      <div key={`${i.number}${i.date}`}>
                        {text(i)} {i.late && <span className="badge badge-late">{m('late')}</span>}
                      </div>
                    ))}
                  </td>,
                ])}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Figures({ r }: { r: Rollup }) {
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  const n = (v: number | undefined) => (v === undefined ? '—' : formatNumber(v, lang));
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{m('figure')}</th>
            {r.years.flatMap((y) => [
              <th scope="col" key={`c${y}`} className="num">{`${m('computed')} ${y}`}</th>,
              <th scope="col" key={`d${y}`} className="num">{`${m('declared')} ${y}`}</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {REPORT_FIGURES.map((f) => (
            <tr key={f}>
              <th scope="row">{FIGURE_LABELS[f][lang]}</th>
              {r.years.flatMap((y) => [
                <td key={`c${y}`} className="num">
                  {n(r.figures[String(y)]?.computed[f])}
                </td>,
                <td key={`d${y}`} className="num">
                  {n(r.figures[String(y)]?.declared[f])}
                </td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `#/bao-cao`: the roll-up (the nation for a national account, else the units under one's own), who reported, a unit's report, statistics. */
export function Reports() {
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  const user = useSessionUser();
  const national = user.units === 'all';
  const over = national ? undefined : user.units[0];
  const thisYear = new Date().getFullYear();
  const [from, setFrom] = useState(thisYear - 2);
  const [to, setTo] = useState(thisYear - 1);
  const [regroup, setRegroup] = useState(false);
  const query = useMemo(
    () => ({ from, to, ...(regroup && { regroup: 'true' as const }), ...(over !== undefined && { over }) }),
    [from, to, regroup, over],
  );
  const rollup = useQuery({
    queryKey: ['reports', 'rollup', query],
    queryFn: () => data(api.GET('/api/reports/rollup', { params: { query } })),
  });
  const submissions = useQuery({
    queryKey: ['reports', 'submissions', to, over],
    queryFn: () => data(api.GET('/api/reports/submissions', { params: { query: { year: to, ...(over !== undefined && { over }) } } })),
  });
  const download = (format: 'xlsx' | 'docx' | 'pdf') =>
    `/api/reports/rollup?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])), format })}`;
  const years = Array.from({ length: 12 }, (_, i) => thisYear - 10 + i);
  return (
    <>
      <h1>{m('title')}</h1>
      <p>{m('intro')}</p>
      <section className="panel" aria-labelledby="rollup-title">
        <h2 id="rollup-title">{m('rollup')}</h2>
        <div className="filters">
          <label>
            {m('from')}{' '}
            <select value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </label>
          <label>
            {m('to')}{' '}
            <select value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {years
                .filter((y) => y >= from)
                .map((y) => (
                  <option key={y}>{y}</option>
                ))}
            </select>
          </label>
          {national && (
            <label>
              <input type="checkbox" checked={regroup} onChange={(e) => setRegroup(e.target.checked)} /> {m('regroup')}
            </label>
          )}
          <span>
            {m('download')}{' '}
            {(['xlsx', 'docx', 'pdf'] as const).map((f) => (
              <a key={f} href={download(f)} download className="download-link">
                {f.toUpperCase()}
              </a>
            ))}
          </span>
        </div>
        <DataState loaded={rollup}>
          {(r) => (
            <>
              <div className="charts">
                <CountsChart r={r} />
                <DataState loaded={submissions}>{(s) => <StatusChart s={s} />}</DataState>
              </div>
              <ul className="rollup-summary">
                {r.years.map((y) => (
                  <li key={y}>
                    {m('counts', {
                      year: y,
                      plans: r.counts.plans[String(y)] ?? 0,
                      reports: r.counts.reports[String(y)] ?? 0,
                      noRecords: r.counts.noRecords[String(y)] ?? 0,
                    })}
                  </li>
                ))}
                <li>{m('withoutPlan', { n: r.withoutPlan.length })}</li>
                <li>{m('neverReported', { n: r.neverReported.length })}</li>
                <li>{m('lateList', { n: r.late.length })}</li>
              </ul>
              <RollupTable r={r} />
              {r.findings.length > 0 && (
                <details>
                  <summary>{`${m('findings')} (${r.findings.length})`}</summary>
                  <ul>
                    {r.findings.map((f, i) => (
                      <li key={i}>{`${f.unit}: ${f.code} ${f.message}`}</li>
                    ))}
                  </ul>
                </details>
              )}
              <h3>{m('figures')}</h3>
              <Figures r={r} />
            </>
          )}
        </DataState>
      </section>
      <section className="panel" aria-labelledby="submissions-title">
        <h2 id="submissions-title">{m('submissions', { year: to })}</h2>
        <DataState loaded={submissions}>
          {(s) => (
            <>
              <p>{m('reminders', { n: s.reminders.length })}</p>
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{m('unit')}</th>
                      <th scope="col">{m('deadline')}</th>
                      <th scope="col">{m('status')}</th>
                      <th scope="col">{m('dated')}</th>
                      <th scope="col">{m('reminder')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.rows.map((row) => (
                      <tr key={row.unitId} data-status={row.status}>
                        <th scope="row">{row.name}</th>
                        <td>{formatDay(row.deadline)}</td>
                        <td>
                          <span className={`badge status-${row.status}`}>{SUBMISSION_LABELS[row.status][lang]}</span>
                        </td>
                        <td>{formatDay(row.date)}</td>
                        <td>
                          {row.daysLeft === null
                            ? ''
                            : row.daysLeft < 0
                              ? m('overdue', { n: -row.daysLeft })
                              : m('daysLeft', { n: row.daysLeft })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </DataState>
      </section>
      <ReportPlans />
      <UnitReport defaultYear={to} />
      <ReportStatistics />
    </>
  );
}
