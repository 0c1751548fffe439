import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, data, type ApiData, type ApiFinding } from '../api/client.js';
import { FieldFindings, FieldLabel } from '../components/Tt05Field.js';
import { formatDay } from '../format.js';
import { useMessages } from '../i18n.js';
import './catalogue-edit.css';
import { unitMessages } from '../i18n/units.js';

/*
 * Editing one version of a unit (name, type, codes, valid to) through PUT
 * /api/units/:id/versions/:validFrom — the unit-edit use case checks the whole unit data and
 * refuses an edit that breaks it (overlap, range, code format …) with its findings, shown here next
 * to the input they are about (by code), the rest above the form.
 */

type Version = ApiData<'/api/units/{id}', 'get'>['history'][number];
type Field = 'name' | 'shortName' | 'type' | 'adminCode' | 'agencyCode' | 'validTo' | 'note';

const FIELD_OF_CODE: Record<string, Field> = {
  'DP-UNIT-ADMIN-CODE-FORMAT': 'adminCode',
  'DP-UNIT-ADMIN-CODE-CLASH': 'adminCode',
  'DP-UNIT-DATE-INVALID': 'validTo',
  'DP-UNIT-VERSION-RANGE': 'validTo',
  'DP-UNIT-VERSION-OVERLAP': 'validTo',
  'DP-UNIT-VERSION-GAP': 'validTo',
};

export function UnitVersionForm({
  unitId,
  version,
  onDone,
}: {
  unitId: string;
  version: Version;
  onDone: (saved: ApiFinding[] | null) => void;
}) {
  const m = useMessages(unitMessages);
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [form, setForm] = useState<Record<Field, string>>({
    name: version.name,
    shortName: version.shortName ?? '',
    type: version.type,
    adminCode: version.adminCode ?? '',
    agencyCode: version.agencyCode ?? '',
    validTo: version.validTo ? formatDay(version.validTo) : '',
    note: version.note ?? '',
  });
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  const save = useMutation({
    mutationFn: () =>
      data(
        api.PUT('/api/units/{id}/versions/{validFrom}', {
          params: { path: { id: unitId, validFrom: version.validFrom } },
          body: {
            ...version,
            name: form.name.trim(),
            type: form.type.trim(),
            shortName: orNull(form.shortName),
            adminCode: orNull(form.adminCode),
            agencyCode: orNull(form.agencyCode),
            validTo: orNull(form.validTo),
            note: orNull(form.note),
          },
        }),
      ),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['unit', unitId] });
      void queryClient.invalidateQueries({ queryKey: ['units'] });
      onDone(result.findings);
    },
  });
  const findings = save.error instanceof ApiError ? save.error.findings : [];
  const of = (field: Field) => findings.filter((f) => FIELD_OF_CODE[f.code] === field);
  const other = findings.filter((f) => FIELD_OF_CODE[f.code] === undefined);
  const input = (field: Field, label: string, required = false, hint?: string) => (
    <div className={of(field).length > 0 ? 'form-field has-error' : 'form-field'}>
      <FieldLabel htmlFor={`unit-${field}`} text={label} required={required} />
      <input
        id={`unit-${field}`}
        aria-required={required}
        aria-invalid={of(field).length > 0}
        aria-describedby={of(field).length > 0 ? `unit-${field}-findings` : undefined}
        placeholder={field === 'validTo' ? 'DD/MM/YYYY' : undefined}
        value={form[field]}
        onChange={(e) => setForm((old) => ({ ...old, [field]: e.target.value }))}
      />
      {hint && <small className="hint">{hint}</small>}
      <FieldFindings id={`unit-${field}-findings`} findings={of(field)} />
    </div>
  );
  return (
    <form
      className="description-form"
      aria-labelledby="unit-edit-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h3 id="unit-edit-title" ref={heading} tabIndex={-1}>
        {m('units.editTitle', { name: version.name, date: formatDay(version.validFrom) })}
      </h3>
      {save.error && (
        <div role="alert" className="notice notice-error" data-code={save.error instanceof ApiError ? save.error.code : ''}>
          <p>
            {m('units.refused')}: {save.error instanceof ApiError && <code>{save.error.code}</code>} {save.error.message}
          </p>
          <FieldFindings id="unit-other-findings" findings={other} />
        </div>
      )}
      <div className="form-grid">
        {input('name', m('units.name'), true)}
        {input('type', m('units.type'), true)}
        {input('shortName', m('units.shortName'))}
        {input('adminCode', m('units.adminCode'))}
        {input('agencyCode', m('units.agencyCode'))}
        {input('validTo', m('units.validTo'), false, m('units.validToHint'))}
        {input('note', m('units.note'))}
      </div>
      <p className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {m('units.save')}
        </button>{' '}
        <button type="button" onClick={() => onDone(null)}>
          {m('units.back')}
        </button>
      </p>
    </form>
  );
}
