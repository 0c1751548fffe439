import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DECLARED_ONLY, FIGURE_LABELS, REPORT_FIGURES, SUBMISSION_LABELS } from '@duphong/core';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { formatDay, formatNumber, isoDay } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { reportsMessages } from '../i18n/reports.js';
import { useCan, useSessionUser } from '../session/SessionGate.js';
import './catalogue-edit.css';

/** The units the user may pick: their own, or every unit in force at the end of the year for a national account. */
function useUnitChoices(year: number) {
  const user = useSessionUser();
  const units = useQuery({
    queryKey: ['units', 'at', year],
    queryFn: () => data(api.GET('/api/units', { params: { query: { at: `${year}-12-31` } } })),
  });
  const all = (units.data?.units ?? []).map((u) => ({ id: u.id, name: u.name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return user.units === 'all' ? all : all.filter((u) => user.units.includes(u.id));
}

function SubmitForm({ unitId, year }: { unitId: string; year: number }) {
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  const [numberSymbol, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [narrative, setNarrative] = useState('');
  const [noRecords, setNoRecords] = useState(false);
  const [declared, setDeclared] = useState<Record<string, string>>({});
  const [dateError, setDateError] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const iso = isoDay(date);
      if (!iso) {
        setDateError(true);
        return Promise.reject(new Error(m('badDate')));
      }
      setDateError(false);
      return data(
        api.POST('/api/reports/units/{unitId}/{year}', {
          params: { path: { unitId, year } },
          body: { numberSymbol, date: iso, noRecords, narrative, declared },
        }),
      );
    },
    onSuccess: (view) => queryClient.setQueryData(['reports', 'unit', unitId, year], view),
  });
  return (
    <details className="panel report-form">
      <summary>{m('submit')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <div className="form-grid">
          <label>
            {m('number')}
            <input required value={numberSymbol} onChange={(e) => setNumber(e.target.value)} />
          </label>
          <label>
            {m('date')}
            <input required value={date} aria-invalid={dateError} placeholder="10/12/2025" onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="wide checkbox">
            <input type="checkbox" checked={noRecords} onChange={(e) => setNoRecords(e.target.checked)} /> {m('noRecordsCheck')}
          </label>
          <label className="wide">
            {m('narrative')}
            <textarea rows={4} value={narrative} onChange={(e) => setNarrative(e.target.value)} />
          </label>
          {REPORT_FIGURES.map((f) => (
            <label key={f}>
              {FIGURE_LABELS[f][lang]}
              <input inputMode="decimal" value={declared[f] ?? ''} onChange={(e) => setDeclared({ ...declared, [f]: e.target.value })} />
            </label>
          ))}
        </div>
        <p className="form-actions">
          <button type="submit" disabled={save.isPending}>
            {m('save')}
          </button>
        </p>
      </form>
      {save.isSuccess && (
        <p className="notice" role="status">
          {m('saved')}
        </p>
      )}
      <ErrorNotice error={save.error} />
    </details>
  );
}

/** One unit's report for a year: status, documents sent, computed figures beside declared ones, its agencies. */
export function UnitReport({ defaultYear }: { defaultYear: number }) {
  const m = useMessages(reportsMessages);
  const { lang } = useI18n();
  const can = useCan();
  const [year, setYear] = useState(defaultYear);
  const choices = useUnitChoices(year);
  const [picked, setPicked] = useState('');
  const unitId = picked || choices[0]?.id || '';
  const report = useQuery({
    queryKey: ['reports', 'unit', unitId, year],
    enabled: unitId !== '',
    queryFn: () => data(api.GET('/api/reports/units/{unitId}/{year}', { params: { path: { unitId, year } } })),
  });
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, lang));
  return (
    <section className="panel" aria-labelledby="unit-report-title">
      <h2 id="unit-report-title">{m('unitReport')}</h2>
      <div className="filters">
        <label>
          {m('chooseUnit')}{' '}
          <select value={unitId} onChange={(e) => setPicked(e.target.value)}>
            {choices.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m('year')}{' '}
          <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(Number(e.target.value) || defaultYear)} />
        </label>
      </div>
      {unitId !== '' && (
        <DataState loaded={report}>
          {(v) => (
            <>
              <p>
                <span className={`badge status-${v.status}`}>
                  {m('statusLine', { status: SUBMISSION_LABELS[v.status][lang], deadline: formatDay(v.deadline) })}
                </span>
              </p>
              <h3>{m('sent')}</h3>
              {v.reports.length === 0 ? (
                <p className="muted">{m('noneSent')}</p>
              ) : (
                <ul>
                  {v.reports.map((r) => (
                    <li key={r.id}>
                      {`${r.numberSymbol ?? ''} · ${formatDay(r.date)}${r.noRecords ? ` · ${m('noRecords')}` : ''} · ${r.source}`}
                      {r.narrative && <p className="narrative">{r.narrative}</p>}
                    </li>
                  ))}
                </ul>
              )}
              <div className="table-scroll">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{m('figure')}</th>
                      <th scope="col" className="num">
                        {m('computed')}
                      </th>
                      <th scope="col" className="num">
                        {m('declared')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.figures.map((f) => (
                      <tr key={f.figure} data-figure={f.figure}>
                        <th scope="row">{FIGURE_LABELS[f.figure][lang]}</th>
                        <td className="num">{DECLARED_ONLY.has(f.figure) ? '' : n(f.computed)}</td>
                        <td className="num">
                          {n(f.declared)} {f.differs && <span className="badge badge-late">{m('differs')}</span>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {v.contributors.length > 0 && (
                <>
                  <h3>{m('contributors')}</h3>
                  <ul>
                    {v.contributors.map((c) => (
                      <li key={c.unitId}>{`${c.name}: ${SUBMISSION_LABELS[c.status][lang]}${c.date ? ` (${formatDay(c.date)})` : ''}`}</li>
                    ))}
                  </ul>
                </>
              )}
              {can('reports.write') && <SubmitForm key={`${unitId}-${year}`} unitId={unitId} year={year} />}
            </>
          )}
        </DataState>
      )}
    </section>
  );
}
