import { TT05_CODE_LISTS, type FieldSpec } from '@duphong/core';
import type { ApiFinding } from '../api/client.js';
import { useI18n, useMessages } from '../i18n.js';
import { catalogueEditMessages } from '../i18n/catalogue-edit.js';

/*
 * One input of a TT05 description, generated from core's field catalogue (tt05/profile): its
 * Vietnamese label (the element name in English), a select of the code list's Vietnamese labels
 * for coded fields, DD/MM/YYYY for dates, a * on required fields. The server's findings about the
 * field are shown under it and announced with it (aria-describedby), code first.
 */

export function FieldFindings({ id, findings }: { id: string; findings: readonly ApiFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul id={id} className="field-findings" data-findings-for={id}>
      {findings.map((f, i) => (
        <li key={i} className={f.severity === 'error' ? 'danger' : 'warning'}>
          <code>{f.code}</code> {f.message}
        </li>
      ))}
    </ul>
  );
}

export function FieldLabel({ htmlFor, text, required }: { htmlFor: string; text: string; required: boolean }) {
  const m = useMessages(catalogueEditMessages);
  return (
    <label htmlFor={htmlFor}>
      {text}
      {required && (
        <abbr className="required" title={m('edit.required')}>
          {' '}
          *
        </abbr>
      )}
    </label>
  );
}

export function Tt05Field({
  spec,
  value,
  onChange,
  findings,
}: {
  spec: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  findings: readonly ApiFinding[];
}) {
  const m = useMessages(catalogueEditMessages);
  const { lang } = useI18n();
  const id = `f-${spec.name}`;
  const findingsId = `${id}-findings`;
  const required = spec.presence === 'required';
  const label = lang === 'en' ? spec.name : spec.label;
  const invalid = findings.some((f) => f.severity === 'error');
  const common = {
    id,
    name: spec.name,
    'aria-required': required,
    'aria-invalid': invalid,
    'aria-describedby': findings.length > 0 ? findingsId : undefined,
  };
  const list = spec.codeList ? TT05_CODE_LISTS[spec.codeList] : undefined;
  let input;
  if (list && !spec.multiple) {
    const listed = list.entries.some((e) => e.code === value);
    input = (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{m('edit.empty')}</option>
        {value !== '' && !listed && <option value={value}>{m('edit.notListed', { code: value })}</option>}
        {list.entries.map((e) => (
          <option key={e.code} value={e.code}>
            {e.code} — {e.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.type === 'text' && (spec.maxLength ?? 0) > 1000) {
    input = <textarea {...common} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />;
  } else {
    input = (
      <input
        {...common}
        value={value}
        inputMode={spec.type === 'integer' ? 'numeric' : undefined}
        placeholder={spec.type === 'date' ? 'DD/MM/YYYY' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  const hint =
    list && spec.multiple
      ? m('edit.multiple', { codes: list.entries.map((e) => `${e.code} ${e.label}`).join(', ') })
      : spec.type === 'date' && (spec.dateForms?.length ?? 0) > 1
        ? m('edit.dateForms', { forms: spec.dateForms!.join(', ') })
        : (spec.rule ?? null);
  return (
    <div className={invalid ? 'form-field has-error' : 'form-field'}>
      <FieldLabel htmlFor={id} text={label} required={required} />
      {input}
      {hint && <small className="hint">{hint}</small>}
      <FieldFindings id={findingsId} findings={findings} />
    </div>
  );
}
