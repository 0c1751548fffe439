import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { useI18n, useMessages } from '../i18n.js';
import { selectionMessages } from '../i18n/selection.js';
import { dayOf } from './SelectionParts.js';

type Kind = 'fonds' | 'file' | 'document';

/** The unit's recognitions and inspections, and a form to record an inspection's damage signs. */
export function SelectionEvidence({ unitId }: { unitId: string }) {
  const m = useMessages(selectionMessages);
  const { lang } = useI18n();
  const recognitions = useQuery({
    queryKey: ['recognitions', unitId],
    queryFn: () => data(api.GET('/api/recognitions', { params: { query: { unitId } } })),
  });
  const inspections = useQuery({
    queryKey: ['inspections', unitId],
    queryFn: () => data(api.GET('/api/selection/inspections', { params: { query: { unitId } } })),
  });
  const signs = useQuery({ queryKey: ['signs'], queryFn: () => data(api.GET('/api/selection/signs')) });
  const signLabel = (code: string) => signs.data?.signs.find((s) => s.code === code)?.[lang] ?? code;
  return (
    <>
      <section aria-labelledby="recognitions-title">
        <h2 id="recognitions-title">{m('recognitions')}</h2>
        <DataState loaded={recognitions}>
          {({ recognitions: rows }) =>
            rows.length === 0 ? (
              <p className="muted">{m('noRecognitions')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m('record')}</th>
                    <th scope="col">{m('decisionNumber')}</th>
                    <th scope="col">{m('date')}</th>
                    <th scope="col">{m('issuer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.recordKind}:${r.recordCode}`}>
                      <th scope="row">
                        {m(`kind.${r.recordKind}`)} {r.recordCode}
                      </th>
                      <td>{r.decisionNumber}</td>
                      <td className="time">{r.decisionDate}</td>
                      <td>{r.issuer}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </DataState>
      </section>
      <section aria-labelledby="inspections-title">
        <h2 id="inspections-title">{m('inspections')}</h2>
        <DataState loaded={inspections}>
          {({ inspections: rows }) =>
            rows.length === 0 ? (
              <p className="muted">{m('noInspections')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m('date')}</th>
                    <th scope="col">{m('record')}</th>
                    <th scope="col">{m('signs')}</th>
                    <th scope="col">{m('readable')}</th>
                    <th scope="col">{m('inspector')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((i) => (
                    <tr key={i.id}>
                      <td className="time">{dayOf(i.date)}</td>
                      <th scope="row">
                        <code>{i.recordCode}</code> {i.title}
                      </th>
                      <td>{i.signs.map(signLabel).join(', ') || '—'}</td>
                      <td>{i.readable === null ? m('notJudged') : i.readable ? m('yes') : m('no')}</td>
                      <td>{i.inspector}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </DataState>
        <InspectionForm unitId={unitId} signs={signs.data?.signs ?? []} />
      </section>
    </>
  );
}

function InspectionForm({ unitId, signs }: { unitId: string; signs: { code: string; vi: string; en: string }[] }) {
  const m = useMessages(selectionMessages);
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('file');
  const [code, setCode] = useState('');
  const [date, setDate] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [readable, setReadable] = useState<'yes' | 'no' | 'unknown'>('yes');
  const [notes, setNotes] = useState('');
  const [inspector, setInspector] = useState('');
  const save = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/selection/inspections', {
          body: {
            recordKind: kind,
            recordCode: code.trim(),
            date: date.trim(),
            signs: chosen,
            readable: readable === 'unknown' ? null : readable === 'yes',
            ...(inspector.trim() !== '' && { inspector }),
            notes,
          },
        }),
      ),
    onSuccess: () => {
      setCode('');
      setChosen([]);
      void queryClient.invalidateQueries({ queryKey: ['inspections', unitId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="account-form" onSubmit={submit} aria-labelledby="inspection-form-title">
      <h3 id="inspection-form-title">{m('addInspection')}</h3>
      <label>
        {m('kind')}{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {(['file', 'document', 'fonds'] as const).map((k) => (
            <option key={k} value={k}>
              {m(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m('recordCode')} <input required value={code} onChange={(e) => setCode(e.target.value)} />
      </label>
      <label>
        {m('date')} <input required value={date} onChange={(e) => setDate(e.target.value)} placeholder="DD/MM/YYYY" size={12} />
      </label>
      <label>
        {m('inspector')} <input value={inspector} onChange={(e) => setInspector(e.target.value)} />
      </label>
      <fieldset>
        <legend>{m('signs')}</legend>
        {signs.map((s) => (
          <label key={s.code} className="check">
            <input
              type="checkbox"
              checked={chosen.includes(s.code)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, s.code] : chosen.filter((c) => c !== s.code))}
            />{' '}
            {s[lang]}
          </label>
        ))}
      </fieldset>
      <label>
        {m('readable')}{' '}
        <select value={readable} onChange={(e) => setReadable(e.target.value as 'yes' | 'no' | 'unknown')}>
          <option value="yes">{m('yes')}</option>
          <option value="no">{m('no')}</option>
          <option value="unknown">{m('notJudged')}</option>
        </select>
      </label>
      <label>
        {m('notes')} <input value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={save.isPending}>
        {m('addInspection')}
      </button>
      {save.error && (
        <p role="alert" className="notice notice-error">
          {save.error.message}
        </p>
      )}
      {save.isSuccess && <p role="status">{m('saved')}</p>}
    </form>
  );
}
