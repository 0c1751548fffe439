import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type ApiData, type ApiFinding } from '../api/client.js';
import { FieldLabel } from '../components/Tt05Field.js';
import { useMessages } from '../i18n.js';
import './catalogue-edit.css';
import { catalogueEditMessages } from '../i18n/catalogue-edit.js';
import { RefusalNotice } from './FileEditForm.js';

/*
 * The editor of a fonds (name, kind, status, unit, its free description fields), saved through
 * PUT /api/fonds/:code with the `updatedAt` it was opened at (a newer save by someone else is
 * refused with DP-FONDS-STALE, never overwritten).
 */

type Fonds = ApiData<'/api/fonds/{code}', 'get'>['fonds'];
const KINDS = ['fonds', 'work', 'collection'] as const;
const STATUSES = ['open', 'closed'] as const;

export function FondsEditForm({
  fonds,
  onDone,
  onReload,
}: {
  fonds: Fonds;
  onDone: (warnings: ApiFinding[] | null) => void;
  onReload: () => void;
}) {
  const m = useMessages(catalogueEditMessages);
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [name, setName] = useState(fonds.name);
  const [kind, setKind] = useState(fonds.kind);
  const [status, setStatus] = useState(fonds.status);
  const [unitId, setUnitId] = useState(fonds.unitId ?? '');
  const [fields, setFields] = useState<Record<string, string>>(() => ({ ...fonds.fields }));
  const [newField, setNewField] = useState('');
  const units = useQuery({ queryKey: ['units'], queryFn: () => data(api.GET('/api/units')) });
  const save = useMutation({
    mutationFn: () =>
      data(
        api.PUT('/api/fonds/{code}', {
          params: { path: { code: fonds.code } },
          body: {
            name: name.trim(),
            kind,
            status,
            unitId: unitId || null,
            fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== '')),
            expectedUpdatedAt: fonds.updatedAt,
          },
        }),
      ),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['fonds'] });
      void queryClient.invalidateQueries({ queryKey: ['fonds-detail', fonds.code] });
      onDone(result.findings);
    },
  });
  const unitList = units.data?.units ?? [];
  return (
    <form
      className="description-form"
      aria-labelledby="edit-fonds-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h3 id="edit-fonds-title" ref={heading} tabIndex={-1}>
        {m('edit.fondsTitle', { code: fonds.code })}
      </h3>
      <RefusalNotice error={save.error} onReload={onReload} />
      <div className="form-grid">
        <div className="form-field">
          <FieldLabel htmlFor="fonds-name" text={m('fonds.name')} required />
          <input id="fonds-name" aria-required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="form-field">
          <FieldLabel htmlFor="fonds-kind" text={m('fonds.kind')} required />
          <select id="fonds-kind" value={kind} onChange={(e) => setKind(e.target.value as Fonds['kind'])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {m(`fonds.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <FieldLabel htmlFor="fonds-status" text={m('fonds.status')} required />
          <select id="fonds-status" value={status} onChange={(e) => setStatus(e.target.value as Fonds['status'])}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {m(`fonds.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <FieldLabel htmlFor="fonds-unit" text={m('fonds.unit')} required={false} />
          <select id="fonds-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{m('fonds.noUnit')}</option>
            {unitId !== '' && !unitList.some((u) => u.id === unitId) && <option value={unitId}>{unitId}</option>}
            {unitList.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        {Object.keys(fields).map((key) => (
          <div className="form-field" key={key}>
            <FieldLabel htmlFor={`fonds-field-${key}`} text={key} required={false} />
            <input
              id={`fonds-field-${key}`}
              value={fields[key]}
              onChange={(e) => setFields((old) => ({ ...old, [key]: e.target.value }))}
            />
          </div>
        ))}
      </div>
      <p>
        <label htmlFor="fonds-new-field">{m('fonds.newField')}</label>{' '}
        <input id="fonds-new-field" value={newField} onChange={(e) => setNewField(e.target.value)} />{' '}
        <button
          type="button"
          disabled={newField.trim() === '' || newField.trim() in fields}
          onClick={() => {
            setFields((old) => ({ ...old, [newField.trim()]: '' }));
            setNewField('');
          }}
        >
          {m('fonds.addField')}
        </button>
      </p>
      <p className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? m('edit.saving') : m('edit.save')}
        </button>{' '}
        <button type="button" onClick={() => onDone(null)}>
          {m('edit.cancel')}
        </button>
      </p>
    </form>
  );
}
