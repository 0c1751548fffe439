import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime } from '../format.js';
import { useMessages } from '../i18n.js';
import { selectionMessages } from '../i18n/selection.js';
import { href } from '../router.js';
import { StatusBadge } from './SelectionParts.js';

type Step = ApiData<'/api/backup-lists/{id}/submit', 'post'>;
type Detail = ApiData<'/api/backup-lists/{id}', 'get'>;

/** One backup list: its entries as on the form, the review steps its state allows, its history and downloads. */
export function BackupListDetail({ id }: { id: string }) {
  const m = useMessages(selectionMessages);
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string[]>([]);
  const detail = useQuery({
    queryKey: ['backup-list', id],
    queryFn: () => data(api.GET('/api/backup-lists/{id}', { params: { path: { id } } })),
  });
  const step = useMutation({
    mutationFn: (run: () => Promise<Step>) => run(),
    onSuccess: (result) => {
      setNotice(result.findings.map((f) => f.message));
      void queryClient.invalidateQueries({ queryKey: ['backup-list', id] });
      void queryClient.invalidateQueries({ queryKey: ['backup-lists'] });
    },
    onError: () => setNotice([]),
  });
  const path = { params: { path: { id } } };
  const act = (p: 'submit' | 'reopen') => step.mutate(() => data(api.POST(`/api/backup-lists/{id}/${p}`, { ...path, body: {} })));
  const propose = () =>
    step.mutate(async () => {
      const before = detail.data?.list.entries.length ?? 0;
      const result = await data(api.POST('/api/backup-lists/{id}/propose', { ...path, body: {} }));
      const added = result.list.entries.length - before;
      return {
        ...result,
        findings: [
          ...(added > 0 ? [{ code: 'added', severity: 'warning' as const, message: m('proposed', { n: added }) }] : []),
          ...result.findings,
        ],
      };
    });
  const remove = (recordKind: 'fonds' | 'file' | 'document', recordCode: string) =>
    step.mutate(() =>
      data(api.POST('/api/backup-lists/{id}/entries/remove', { ...path, body: { entries: [{ recordKind, recordCode }] } })),
    );
  return (
    <>
      <p>
        <a href={href({ page: 'selection' })}>{m('back')}</a>
      </p>
      <DataState loaded={detail}>
        {({ list, rows }: Detail) => (
          <>
            <h1>
              {list.id} <StatusBadge status={list.status} />
            </h1>
            <p className="muted">
              {m('unit')} {list.unitId} · {m('year')} {list.year}
              {list.decisionNumber && ` · ${m('decision')} ${list.decisionNumber} — ${list.decisionDate ?? ''}`}
            </p>
            <div className="action">
              {list.status === 'draft' && (
                <>
                  <button type="button" onClick={propose} disabled={step.isPending}>
                    {m('propose')}
                  </button>{' '}
                  <button
                    type="button"
                    className="primary"
                    onClick={() => act('submit')}
                    disabled={step.isPending || list.entries.length === 0}
                  >
                    {m('submit')}
                  </button>
                </>
              )}
              {list.status === 'returned' && (
                <button type="button" onClick={() => act('reopen')} disabled={step.isPending}>
                  {m('reopen')}
                </button>
              )}{' '}
              <a href={`/api/backup-lists/${encodeURIComponent(id)}/export?format=xlsx`} download>
                {m('downloadXlsx')}
              </a>{' '}
              ·{' '}
              <a href={`/api/backup-lists/${encodeURIComponent(id)}/export?format=docx`} download>
                {m('downloadDocx')}
              </a>
            </div>
            {list.status === 'submitted' && <Review id={id} onStep={(run) => step.mutate(run)} busy={step.isPending} />}
            {step.error && (
              <p role="alert" className="notice notice-error">
                {step.error.message}
              </p>
            )}
            {notice.length > 0 && (
              <ul role="status" className="notice">
                {notice.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
            {rows.length === 0 ? (
              <p className="muted">{m('noEntries')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {m('stt')}
                    </th>
                    <th scope="col">{m('recordCode')}</th>
                    <th scope="col">{m('titleCol')}</th>
                    <th scope="col">{m('time')}</th>
                    <th scope="col">{m('why')}</th>
                    <th scope="col">{m('signs')}</th>
                    <th scope="col">{m('backedUp')}</th>
                    {list.status === 'draft' && <th scope="col" aria-label={m('remove')} />}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.recordKind}:${r.code}`}>
                      <td className="num">{r.stt}</td>
                      <th scope="row">
                        <code>{r.code}</code>
                      </th>
                      <td>{r.title}</td>
                      <td className="time">{r.time}</td>
                      <td>{r.reason}</td>
                      <td>{r.signs || '—'}</td>
                      <td>{r.riskRecoveryStatus === '01' ? m('rr.01') : r.riskRecoveryStatus === '02' ? m('rr.02') : '—'}</td>
                      {list.status === 'draft' && (
                        <td>
                          <button type="button" onClick={() => remove(r.recordKind, r.code)} aria-label={`${m('remove')} ${r.code}`}>
                            {m('remove')}
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h2>{m('history')}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{m('at')}</th>
                  <th scope="col">{m('action')}</th>
                  <th scope="col">{m('by')}</th>
                  <th scope="col">{m('notes')}</th>
                </tr>
              </thead>
              <tbody>
                {list.history.map((h, i) => (
                  <tr key={i}>
                    <td className="time">{formatDateTime(h.at)}</td>
                    <td>{m(`act.${h.action}`)}</td>
                    <td>{h.by}</td>
                    <td>{[h.decisionNumber && `${h.decisionNumber} — ${h.decisionDate ?? ''}`, h.note].filter(Boolean).join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </DataState>
    </>
  );
}

/** Approve (with the decision) or return (with a reason) a submitted list; the server refuses roles without the right. */
function Review({ id, onStep, busy }: { id: string; onStep: (run: () => Promise<Step>) => void; busy: boolean }) {
  const m = useMessages(selectionMessages);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const path = { params: { path: { id } } };
  const approve = (e: FormEvent) => {
    e.preventDefault();
    onStep(() => data(api.POST('/api/backup-lists/{id}/approve', { ...path, body: { decisionNumber: number, decisionDate: date } })));
  };
  const giveBack = (e: FormEvent) => {
    e.preventDefault();
    onStep(() => data(api.POST('/api/backup-lists/{id}/return', { ...path, body: { note: reason } })));
  };
  return (
    <div className="stats">
      <form className="account-form" onSubmit={approve}>
        <label>
          {m('decisionNumber')} <input required value={number} onChange={(e) => setNumber(e.target.value)} placeholder="45/QĐ-SNV" />
        </label>
        <label>
          {m('decisionDate')} <input required value={date} onChange={(e) => setDate(e.target.value)} placeholder="DD/MM/YYYY" />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {m('approve')}
        </button>
      </form>
      <form className="account-form" onSubmit={giveBack}>
        <label>
          {m('reason')} <input required value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {m('return')}
        </button>
      </form>
    </div>
  );
}
