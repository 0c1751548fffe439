import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { UNIT_KINDS, type UnitKind } from '@duphong/core';
import { api, data, type ApiFinding } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { FieldFindings } from '../components/Tt05Field.js';
import { formatDay } from '../format.js';
import { useMessages } from '../i18n.js';
import './catalogue-edit.css';
import { unitMessages } from '../i18n/units.js';
import { useCan } from '../session/SessionGate.js';
import { UnitVersionForm } from './UnitVersionForm.js';
import './health.css';

/** The day before the 2025 province mergers took effect (Resolution 202/2025/QH15: 01/07/2025). */
const BEFORE_MERGERS = '2025-06-30';

/** Each province of today with the provinces of 30/06/2025 merged into it (GET /api/units/rollup). */
function Mergers() {
  const m = useMessages(unitMessages);
  const rollup = useQuery({
    queryKey: ['units', 'rollup', BEFORE_MERGERS],
    queryFn: () => data(api.GET('/api/units/rollup', { params: { query: { from: BEFORE_MERGERS, kind: 'province' } } })),
  });
  return (
    <section aria-labelledby="mergers-title">
      <h2 id="mergers-title">{m('units.mergers')}</h2>
      <DataState loaded={rollup}>
        {(r) => (
          <>
            <p>{m('units.mergersHint', { old: r.totals.reduce((n, t) => n + t.count, 0), now: r.totals.length })}</p>
            <table className="mergers">
              <thead>
                <tr>
                  <th scope="col">{m('units.name')}</th>
                  <th scope="col">{m('units.mergedFrom')}</th>
                </tr>
              </thead>
              <tbody>
                {r.totals.map((t) => (
                  <tr key={t.id} data-unit={t.id}>
                    <th scope="row">{t.name ?? t.id}</th>
                    <td>
                      {t.from.length === 1 && t.from[0]!.id === t.id ? (
                        <span className="muted">{m('units.unchanged')}</span>
                      ) : (
                        t.from.map((f) => f.name ?? f.id).join(', ')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </DataState>
    </section>
  );
}

/** One unit: every version (name valid from – to), its successions, and the version editor. */
function UnitDetail({ id, nameOf, onClose }: { id: string; nameOf: (id: string) => string; onClose: () => void }) {
  const m = useMessages(unitMessages);
  const can = useCan();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<ApiFinding[] | null>(null);
  const section = useRef<HTMLElement>(null);
  // The detail opens above the list: take keyboard focus there.
  useEffect(() => section.current?.focus(), []);
  const unit = useQuery({ queryKey: ['unit', id], queryFn: () => data(api.GET('/api/units/{id}', { params: { path: { id } } })) });
  return (
    <section aria-labelledby="unit-title" className="unit-detail" ref={section} tabIndex={-1}>
      <DataState loaded={unit}>
        {(u) => (
          <>
            <h2 id="unit-title">
              {u.current?.name ?? u.history.at(-1)?.name ?? id} <span className="muted">({id})</span>
            </h2>
            <h3>{m('units.versions')}</h3>
            {saved && (
              <div role="status" className="notice">
                <p>{m('units.saved')}</p>
                <FieldFindings id="unit-saved-warnings" findings={saved} />
              </div>
            )}
            <table className="unit-versions">
              <thead>
                <tr>
                  <th scope="col">{m('units.name')}</th>
                  <th scope="col">{m('units.type')}</th>
                  <th scope="col">{m('units.adminCode')}</th>
                  <th scope="col">{m('units.validFrom')}</th>
                  <th scope="col">{m('units.validTo')}</th>
                  {can('units.manage') && <th scope="col" aria-label={m('units.open')} />}
                </tr>
              </thead>
              <tbody>
                {u.history.map((v) => (
                  <tr key={v.validFrom} data-valid-from={v.validFrom}>
                    <th scope="row">
                      {v.name}
                      {!v.verified && <div className="muted">{m('units.unverified')}</div>}
                    </th>
                    <td>{v.type}</td>
                    <td>{v.adminCode ?? '—'}</td>
                    <td className="time">{formatDay(v.validFrom)}</td>
                    <td className="time">{v.validTo ? formatDay(v.validTo) : m('units.current')}</td>
                    {can('units.manage') && (
                      <td>
                        <button
                          type="button"
                          onClick={() => {
                            setSaved(null);
                            setEditing(v.validFrom);
                          }}
                        >
                          {m('units.edit', { date: formatDay(v.validFrom) })}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {editing &&
              u.history
                .filter((v) => v.validFrom === editing)
                .map((v) => (
                  <UnitVersionForm
                    key={v.validFrom}
                    unitId={id}
                    version={v}
                    onDone={(findings) => {
                      setEditing(null);
                      setSaved(findings);
                    }}
                  />
                ))}
            <h3>{m('units.successions')}</h3>
            {u.successions.length === 0 ? (
              <p className="muted">{m('units.noSuccessions')}</p>
            ) : (
              <ul>
                {u.successions.map((s) => (
                  <li key={s.id}>
                    {m('units.successionRow', {
                      date: formatDay(s.date),
                      kind: m(`units.successionKind.${s.kind}`),
                      from: s.from.map(nameOf).join(', '),
                      to: s.to.map(nameOf).join(', '),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </DataState>
      <button type="button" onClick={onClose}>
        {m('units.back')}
      </button>
    </section>
  );
}

/** `#/don-vi`: units in force today by kind, the 63 → 34 mergers, one unit's versions and successions. */
export function Units() {
  const m = useMessages(unitMessages);
  const [kind, setKind] = useState<UnitKind | ''>('province');
  const [open, setOpen] = useState<string | null>(null);
  const units = useQuery({
    queryKey: ['units', kind],
    queryFn: () => data(api.GET('/api/units', { params: { query: kind ? { kind } : {} } })),
  });
  const before = useQuery({
    queryKey: ['units', 'at', BEFORE_MERGERS],
    queryFn: () => data(api.GET('/api/units', { params: { query: { at: BEFORE_MERGERS } } })),
  });
  const names = new Map([...(before.data?.units ?? []), ...(units.data?.units ?? [])].map((u) => [u.id, u.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <>
      <h1>{m('units.title')}</h1>
      <p className="hint">{m('units.hint')}</p>
      <p>
        <label htmlFor="unit-kind">{m('units.kind')}</label>{' '}
        <select id="unit-kind" value={kind} onChange={(e) => setKind(e.target.value as UnitKind | '')}>
          <option value="">{m('units.allKinds')}</option>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {m(`units.kind.${k}`)}
            </option>
          ))}
        </select>
      </p>
      {open && <UnitDetail key={open} id={open} nameOf={nameOf} onClose={() => setOpen(null)} />}
      <DataState loaded={units}>
        {(r) =>
          r.units.length === 0 ? (
            <p className="muted">{m('units.none')}</p>
          ) : (
            <>
              <p>{m('units.at', { date: formatDay(r.at), n: r.units.length })}</p>
              <table className="units">
                <thead>
                  <tr>
                    <th scope="col">{m('units.name')}</th>
                    <th scope="col">{m('units.type')}</th>
                    <th scope="col">{m('units.adminCode')}</th>
                    <th scope="col">{m('units.validFrom')}</th>
                    <th scope="col" aria-label={m('units.open')} />
                  </tr>
                </thead>
                <tbody>
                  {r.units.map((u) => (
                    <tr key={u.id} data-unit={u.id}>
                      <th scope="row">{u.name}</th>
                      <td>{u.type}</td>
                      <td>{u.adminCode ?? '—'}</td>
                      <td className="time">{formatDay(u.validFrom)}</td>
                      <td>
                        <button type="button" aria-label={`${m('units.open')}: ${u.name}`} onClick={() => setOpen(u.id)}>
                          {m('units.open')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </DataState>
      {kind === 'province' && <Mergers />}
    </>
  );
}
