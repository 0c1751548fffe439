import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import './admin.css';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime, isoDay } from '../format.js';
import { useMessages } from '../i18n.js';
import { adminMessages } from '../i18n/admin.js';

const PAGE = 50;

interface Filters {
  user: string;
  action: string;
  record: string;
  from: string;
  to: string;
  outcome: '' | 'allowed' | 'denied';
}
const EMPTY: Filters = { user: '', action: '', record: '', from: '', to: '', outcome: '' };

/** The API's query: empty fields left out, dates as YYYY-MM-DD. */
function queryOf(f: Filters) {
  const q: Record<string, string> = {};
  for (const key of ['user', 'action', 'record'] as const) if (f[key].trim()) q[key] = f[key].trim().normalize('NFC');
  const from = isoDay(f.from);
  const to = isoDay(f.to);
  if (from) q.from = from;
  if (to) q.to = to;
  if (f.outcome) q.outcome = f.outcome;
  return q as { user?: string; action?: string; record?: string; from?: string; to?: string; outcome?: 'allowed' | 'denied' };
}

/** #/nhat-ky-truy-cap: the access log (accesslog.read), filtered, paged, exportable with the same filters. */
export function AccessLog() {
  const m = useMessages(adminMessages);
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const [offset, setOffset] = useState(0);
  const [dateError, setDateError] = useState(false);
  const query = queryOf(applied);
  const log = useQuery({
    queryKey: ['access-log', query, offset],
    queryFn: () => data(api.GET('/api/access-log', { params: { query: { ...query, limit: PAGE, offset } } })),
    placeholderData: keepPreviousData,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = isoDay(draft.from) === null || isoDay(draft.to) === null;
    setDateError(bad);
    if (bad) return;
    setApplied(draft);
    setOffset(0);
  };
  const field = (key: Exclude<keyof Filters, 'outcome'>, label: string) => (
    <div>
      <label htmlFor={`al-${key}`}>{label}</label>
      <input id={`al-${key}`} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </div>
  );
  const exportHref = `/api/access-log/export?${new URLSearchParams(query).toString()}`;
  return (
    <>
      <h1>{m('accessLogTitle')}</h1>
      <p className="muted">{m('accessLogLead')}</p>
      <form onSubmit={submit} className="filters" role="search">
        {field('user', m('user'))}
        {field('action', m('action'))}
        {field('record', m('record'))}
        {field('from', m('from'))}
        {field('to', m('to'))}
        <div>
          <label htmlFor="al-outcome">{m('outcome')}</label>
          <select
            id="al-outcome"
            value={draft.outcome}
            onChange={(e) => setDraft({ ...draft, outcome: e.target.value as Filters['outcome'] })}
          >
            <option value="">{m('any')}</option>
            <option value="allowed">{m('allowed')}</option>
            <option value="denied">{m('denied')}</option>
          </select>
        </div>
        <div>
          <button type="submit" className="primary">
            {m('search')}
          </button>{' '}
          <a className="button" href={exportHref} download>
            {m('exportXlsx')}
          </a>
        </div>
      </form>
      {dateError && (
        <p role="alert" className="notice notice-error">
          {m('dateInvalid')}
        </p>
      )}
      <DataState loaded={log}>
        {({ total, entries }) =>
          entries.length === 0 ? (
            <p className="notice">{m('accessLogEmpty')}</p>
          ) : (
            <>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m('at')}</th>
                    <th scope="col">{m('user')}</th>
                    <th scope="col">{m('action')}</th>
                    <th scope="col">{m('record')}</th>
                    <th scope="col">{m('outcome')}</th>
                    <th scope="col">{m('ip')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.id}>
                      <td className="time">{formatDateTime(e.at)}</td>
                      <td>{e.username || '—'}</td>
                      <td>{e.action}</td>
                      <td>{e.recordCode}</td>
                      <td>
                        <span className={e.outcome === 'allowed' ? 'badge badge-ok' : 'badge badge-missing'}>{m(e.outcome)}</span>
                      </td>
                      <td>{e.ip}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <nav aria-label={m('accessLogTitle')} className="pager">
                <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                  {m('previous')}
                </button>{' '}
                <span>{m('page', { page: offset / PAGE + 1, pages: Math.max(1, Math.ceil(total / PAGE)), total })}</span>{' '}
                <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
                  {m('next')}
                </button>
              </nav>
            </>
          )
        }
      </DataState>
    </>
  );
}
