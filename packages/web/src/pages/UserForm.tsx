import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ROLE_LABELS, ROLES, type Role } from '@duphong/core';
import { api, data } from '../api/client.js';
import { useI18n, useMessages } from '../i18n.js';
import { adminMessages } from '../i18n/admin.js';

export type Units = 'all' | string[];

/** Unit names by id, from /api/units (people read names, never ids). */
export function useUnitNames(): { list: { id: string; name: string }[]; nameOf: (id: string) => string } {
  const units = useQuery({ queryKey: ['units'], queryFn: () => data(api.GET('/api/units')) });
  const list = (units.data?.units ?? []).map((u) => ({ id: u.id, name: `${u.type} ${u.name}`.trim() }));
  const names = new Map(list.map((u) => [u.id, u.name]));
  return { list, nameOf: (id) => names.get(id) ?? id };
}

/** Roles as checkboxes, each with what it may do. */
export function RolePicker({ id, value, onChange }: { id: string; value: Role[]; onChange: (roles: Role[]) => void }) {
  const m = useMessages(adminMessages);
  const { lang } = useI18n();
  return (
    <fieldset className="role-picker">
      <legend>{m('roles')}</legend>
      {ROLES.map((role) => (
        <div key={role}>
          <input
            type="checkbox"
            id={`${id}-role-${role}`}
            checked={value.includes(role)}
            onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
          />
          <label htmlFor={`${id}-role-${role}`}>
            <strong>{ROLE_LABELS[role][lang]}</strong> — <span className="muted">{m(`role.${role}`)}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** Unit scope: nationwide, or units picked from a searchable list. */
export function UnitPicker({ id, value, onChange }: { id: string; value: Units; onChange: (units: Units) => void }) {
  const m = useMessages(adminMessages);
  const { list } = useUnitNames();
  const [search, setSearch] = useState('');
  const chosen = value === 'all' ? [] : value;
  const needle = search.trim().normalize('NFC').toLowerCase();
  const shown = list.filter((u) => chosen.includes(u.id) || !needle || u.name.toLowerCase().includes(needle) || u.id.includes(needle));
  return (
    <fieldset className="unit-picker">
      <legend>{m('units')}</legend>
      <div>
        <input type="radio" id={`${id}-all`} name={`${id}-scope`} checked={value === 'all'} onChange={() => onChange('all')} />
        <label htmlFor={`${id}-all`}>{m('allUnits')}</label>
      </div>
      <div>
        <input type="radio" id={`${id}-some`} name={`${id}-scope`} checked={value !== 'all'} onChange={() => onChange(chosen)} />
        <label htmlFor={`${id}-some`}>{m('pickUnits')}</label>
      </div>
      {value !== 'all' && (
        <>
          <label htmlFor={`${id}-search`}>{m('unitSearch')}</label>
          <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          <p className="muted">{m('unitsChosen', { n: chosen.length })}</p>
          <ul className="unit-list">
            {shown.slice(0, 40).map((u) => (
              <li key={u.id}>
                <input
                  type="checkbox"
                  id={`${id}-unit-${u.id}`}
                  checked={chosen.includes(u.id)}
                  onChange={(e) => onChange(e.target.checked ? [...chosen, u.id] : chosen.filter((x) => x !== u.id))}
                />
                <label htmlFor={`${id}-unit-${u.id}`}>{u.name}</label>
              </li>
            ))}
            {shown.length === 0 && <li className="muted">{m('noUnitMatch')}</li>}
          </ul>
        </>
      )}
    </fieldset>
  );
}
