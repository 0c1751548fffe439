import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime, formatDay } from '../format.js';
import { BATCH_STATE_LABELS } from '@duphong/core';
import { useI18n, useMessages } from '../i18n.js';
import { digitisationMessages } from '../i18n/digitisation.js';
import { href } from '../router.js';

export type BatchRow = ApiData<'/api/digitisation/batches', 'get'>['batches'][number];

/** A batch's progress in one line: percent of documents ended, pages converted, and the ETA. */
export function ProgressLine({ row }: { row: Pick<BatchRow, 'progress'> }) {
  const m = useMessages(digitisationMessages);
  const p = row.progress;
  const pct = Math.round(p.fraction * 100);
  return (
    <>
      <progress max={100} value={pct} aria-label={m('progress')} /> {m('progressText', { pct, conv: p.pagesConverted, pages: p.pages })}
      {p.eta && (
        <>
          <br />
          <span className="muted">{m('eta', { at: formatDateTime(p.eta) })}</span>
        </>
      )}
    </>
  );
}

/** Digitisation batches of the user's units, and the form to draw a new one from an approved list. */
export function Digitisation() {
  const m = useMessages(digitisationMessages);
  const { lang } = useI18n();
  const batches = useQuery({
    queryKey: ['digitisation', 'batches'],
    queryFn: () => data(api.GET('/api/digitisation/batches', {})),
    refetchInterval: 5000,
  });
  return (
    <>
      <h1>{m('title')}</h1>
      <p>{m('intro')}</p>
      <NewBatch />
      <DataState loaded={batches}>
        {(r) =>
          r.batches.length === 0 ? (
            <p>{m('empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{m('batch')}</th>
                  <th scope="col">{m('files')}</th>
                  <th scope="col">{m('state')}</th>
                  <th scope="col">{m('progress')}</th>
                  <th scope="col">{m('dueCol')}</th>
                </tr>
              </thead>
              <tbody>
                {r.batches.map((b) => (
                  <tr key={b.batch.id}>
                    <td>
                      <a href={href({ page: 'digitisationBatch', id: b.batch.id })}>{b.batch.name}</a>
                      {b.batch.listId && <div className="muted">{`${m('list')}: ${b.batch.listId}`}</div>}
                    </td>
                    <td>{b.batch.files.length}</td>
                    <td>
                      <span className={`state state-${b.batch.state}`}>{BATCH_STATE_LABELS[b.batch.state][lang]}</span>
                    </td>
                    <td>
                      <ProgressLine row={b} />
                    </td>
                    <td>{b.batch.dueDate ? formatDay(b.batch.dueDate) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </DataState>
    </>
  );
}

function NewBatch() {
  const m = useMessages(digitisationMessages);
  const queryClient = useQueryClient();
  const [listId, setListId] = useState('');
  const [files, setFiles] = useState('');
  const [name, setName] = useState('');
  const [operator, setOperator] = useState('');
  const [equipment, setEquipment] = useState('');
  const [due, setDue] = useState('');
  const [notice, setNotice] = useState<{ text: string; excluded: string[] } | null>(null);
  const lists = useQuery({
    queryKey: ['backup-lists', 'approved'],
    queryFn: () => data(api.GET('/api/backup-lists', { params: { query: { status: 'approved' } } })),
  });
  const create = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/digitisation/batches', {
          body: {
            ...(listId !== ''
              ? { listId }
              : {
                  fileCodes: files
                    .split(',')
                    .map((f) => f.trim())
                    .filter(Boolean),
                }),
            ...(name.trim() && { name: name.trim() }),
            ...(operator.trim() && { operator: operator.trim() }),
            ...(equipment.trim() && { equipment: equipment.trim() }),
            ...(due.trim() && { dueDate: due.trim() }),
          },
        }),
      ),
    onSuccess: async (r) => {
      setNotice({ text: m('created', { name: r.batch.name, n: r.batch.files.length }), excluded: r.findings.map((f) => f.vi) });
      await queryClient.invalidateQueries({ queryKey: ['digitisation'] });
    },
  });
  return (
    <details className="panel">
      <summary>{m('newBatch')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <label htmlFor="dg-list">{m('fromList')}</label>
        <select id="dg-list" value={listId} onChange={(e) => setListId(e.target.value)}>
          <option value="">{m('chooseList')}</option>
          {(lists.data?.lists ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {`${l.id} (${l.year}, ${l.entryCount})`}
            </option>
          ))}
        </select>
        <label htmlFor="dg-files">{m('fromFiles')}</label>
        <input id="dg-files" value={files} disabled={listId !== ''} onChange={(e) => setFiles(e.target.value)} />
        <label htmlFor="dg-name">{m('name')}</label>
        <input id="dg-name" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="dg-operator">{m('operator')}</label>
        <input id="dg-operator" value={operator} onChange={(e) => setOperator(e.target.value)} />
        <label htmlFor="dg-equipment">{m('equipment')}</label>
        <input id="dg-equipment" value={equipment} onChange={(e) => setEquipment(e.target.value)} />
        <label htmlFor="dg-due">{m('due')}</label>
        <input id="dg-due" value={due} placeholder="31/12/2026" onChange={(e) => setDue(e.target.value)} />
        <p>
          <button type="submit" disabled={create.isPending || (listId === '' && files.trim() === '')}>
            {m('create')}
          </button>
        </p>
      </form>
      <ErrorNotice error={create.error} />
      {notice && (
        <div role="status" className="notice">
          <p>{notice.text}</p>
          {notice.excluded.length > 0 && (
            <>
              <p>{m('excluded')}</p>
              <ul>
                {notice.excluded.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </details>
  );
}
