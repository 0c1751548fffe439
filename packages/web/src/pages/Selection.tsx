import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime } from '../format.js';
import { useMessages } from '../i18n.js';
import { selectionMessages } from '../i18n/selection.js';
import { href } from '../router.js';
import { useSessionUser } from '../session/SessionGate.js';
import { SelectionEvidence } from './SelectionEvidence.js';
import { StatusBadge } from './SelectionParts.js';

const UNIT_KEY = 'duphong.selection.unit';

/** Backup lists per unit and year, with the evidence (recognitions, inspections) that feeds them. */
export function Selection() {
  const m = useMessages(selectionMessages);
  const queryClient = useQueryClient();
  const user = useSessionUser();
  // The unit last used, or the only unit a scoped user works for.
  const [unit, setUnit] = useState(
    () => localStorage.getItem(UNIT_KEY) ?? (user.units !== 'all' && user.units.length === 1 ? user.units[0]! : ''),
  );
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const unitId = unit.trim();
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : undefined;
  // Suggestions by name for the unit id field: today's units the user works for (or all of them).
  const units = useQuery({ queryKey: ['units', 'today'], queryFn: () => data(api.GET('/api/units')) });
  const suggested = (units.data?.units ?? []).filter((u) => user.units === 'all' || user.units.includes(u.id));
  const lists = useQuery({
    queryKey: ['backup-lists', unitId, yearNumber],
    queryFn: () =>
      data(
        api.GET('/api/backup-lists', {
          params: { query: { ...(unitId !== '' && { unitId }), ...(yearNumber !== undefined && { year: yearNumber }) } },
        }),
      ),
  });
  const create = useMutation({
    mutationFn: () => data(api.POST('/api/backup-lists', { body: { unitId, year: yearNumber ?? 0 } })),
    onSuccess: ({ list }) => {
      void queryClient.invalidateQueries({ queryKey: ['backup-lists'] });
      window.location.hash = href({ page: 'backupList', id: list.id });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    localStorage.setItem(UNIT_KEY, unitId);
    create.mutate();
  };
  return (
    <>
      <h1>{m('title')}</h1>
      <p className="muted">{m('intro')}</p>
      <form className="action" onSubmit={submit}>
        <label>
          {m('unit')}{' '}
          <input
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
            placeholder="province-2025-lao-cai"
            size={24}
            list="selection-units"
          />
        </label>{' '}
        <datalist id="selection-units">
          {suggested.map((u) => (
            <option key={u.id} value={u.id} label={`${u.type} ${u.name}`} />
          ))}
        </datalist>
        <label>
          {m('year')} <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" size={6} />
        </label>{' '}
        <button type="submit" className="primary" disabled={unitId === '' || yearNumber === undefined || create.isPending}>
          {m('create')}
        </button>
        {create.error && (
          <p role="alert" className="notice notice-error">
            {create.error.message}
          </p>
        )}
      </form>
      <section aria-labelledby="lists-title">
        <h2 id="lists-title">{m('lists')}</h2>
        <DataState loaded={lists}>
          {({ lists: rows }) =>
            rows.length === 0 ? (
              <p className="muted">{m('noLists')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m('id')}</th>
                    <th scope="col">{m('unit')}</th>
                    <th scope="col" className="num">
                      {m('year')}
                    </th>
                    <th scope="col">{m('status')}</th>
                    <th scope="col" className="num">
                      {m('entries')}
                    </th>
                    <th scope="col">{m('decision')}</th>
                    <th scope="col">{m('updated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((l) => (
                    <tr key={l.id}>
                      <th scope="row">
                        <a href={href({ page: 'backupList', id: l.id })}>{l.id}</a>
                      </th>
                      <td>{l.unitId}</td>
                      <td className="num">{l.year}</td>
                      <td>
                        <StatusBadge status={l.status} />
                      </td>
                      <td className="num">{l.entryCount}</td>
                      <td>{l.decisionNumber ? `${l.decisionNumber} — ${l.decisionDate ?? ''}` : '—'}</td>
                      <td className="time">{formatDateTime(l.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </DataState>
      </section>
      {unitId === '' ? <p className="muted">{m('chooseUnit')}</p> : <SelectionEvidence unitId={unitId} />}
    </>
  );
}
