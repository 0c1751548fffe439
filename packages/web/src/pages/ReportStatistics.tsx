import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDay, formatNumber, isoDay } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { reportsMessages } from '../i18n/reports.js';

const COLUMNS = ['files', 'documents', 'pages', 'digitisedPages', 'filesBackedUp', 'copies', 'copiesVerified', 'filesPolicyMet'] as const;

/** The statistics list per fonds of the user's units (the nation for a national account), on any day. */
export function ReportStatistics() {
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  const [typed, setTyped] = useState('');
  const [at, setAt] = useState<string | undefined>(undefined);
  const stats = useQuery({
    queryKey: ['reports', 'statistics', at],
    queryFn: () => data(api.GET('/api/reports/statistics', { params: { query: at ? { at } : {} } })),
  });
  const bad = typed.trim() !== '' && !isoDay(typed);
  return (
    <section className="panel" aria-labelledby="statistics-title">
      <h2 id="statistics-title">{m('statistics')}</h2>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (!bad) setAt(isoDay(typed) ?? undefined);
        }}
      >
        <label>
          {m('at')} <input value={typed} placeholder="31/12/2025" aria-invalid={bad} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit">{m('apply')}</button>
        {bad && <span className="field-error">{m('badDate')}</span>}
        <a
          className="download-link"
          download
          href={`/api/reports/statistics?${new URLSearchParams({ format: 'xlsx', ...(at && { at }) })}`}
        >
          XLSX
        </a>
      </form>
      <DataState loaded={stats}>
        {(s) =>
          s.rows.length === 0 ? (
            <p className="muted">{m('noFonds')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption>{formatDay(s.at)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{m('unit')}</th>
                    <th scope="col">{m('fonds')}</th>
                    {COLUMNS.map((c) => (
                      <th scope="col" key={c} className="num">
                        {m(c)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.rows.map((r) => (
                    <tr key={`${r.unitId}-${r.fondsCode}`}>
                      <td>{r.unitName}</td>
                      <th scope="row">{`${r.fondsCode} — ${r.fondsName}`}</th>
                      {COLUMNS.map((c) => (
                        <td key={c} className="num">
                          {formatNumber(r[c], lang)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>{`${m('total')} (${s.totals.fonds})`}</th>
                    {COLUMNS.map((c) => (
                      <td key={c} className="num">
                        {formatNumber(s.totals[c], lang)}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </div>
          )
        }
      </DataState>
    </section>
  );
}
