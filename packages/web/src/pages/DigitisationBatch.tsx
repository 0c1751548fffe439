import { useState } from 'react';
import { BATCH_STATE_LABELS, DOCUMENT_STATE_LABELS, docCodeOf } from '@duphong/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { DataState } from '../components/DataState.js';
import { UploadProgress, useUploads } from '../components/Uploads.js';
import { useI18n, useMessages } from '../i18n.js';
import { digitisationMessages } from '../i18n/digitisation.js';
import { href } from '../router.js';
import { ProgressLine } from './Digitisation.js';

/** One batch: its progress (refreshed while it works), scans to send, the run, every document with its findings. */
export function DigitisationBatch({ id }: { id: string }) {
  const m = useMessages(digitisationMessages);
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const uploads = useUploads();
  const view = useQuery({
    queryKey: ['digitisation', 'batch', id],
    queryFn: () => data(api.GET('/api/digitisation/batches/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && ['converting', 'packaging', 'checking'].includes(q.state.data.batch.state) ? 3000 : 15000),
  });
  const receive = useMutation({
    mutationFn: async () => {
      const ids = await uploads.run(files);
      return data(api.POST('/api/digitisation/batches/{id}/scans', { params: { path: { id } }, body: { uploads: ids } }));
    },
    onSuccess: async (r) => {
      setNotice(m('received', { n: r.received }));
      setFiles([]);
      await queryClient.invalidateQueries({ queryKey: ['digitisation'] });
    },
  });
  const run = useMutation({
    mutationFn: () => data(api.POST('/api/digitisation/batches/{id}/run', { params: { path: { id } } })),
    onSuccess: async () => {
      setNotice(m('runQueued'));
      await queryClient.invalidateQueries({ queryKey: ['digitisation'] });
    },
  });
  const [reason, setReason] = useState('');
  const close = useMutation({
    mutationFn: () => data(api.POST('/api/digitisation/batches/{id}/close', { params: { path: { id } }, body: { reason } })),
    onSuccess: async () => {
      setNotice(m('closed'));
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['digitisation'] });
    },
  });
  return (
    <>
      <p>
        <a href={href({ page: 'digitisation' })}>{m('back')}</a>
      </p>
      <DataState loaded={view}>
        {(v) => (
          <>
            <h1>{v.batch.name}</h1>
            <p>
              <span className={`state state-${v.batch.state}`}>{BATCH_STATE_LABELS[v.batch.state][lang]}</span> <ProgressLine row={v} />
            </p>
            <p className="muted">
              {[
                v.batch.listId && `${m('list')}: ${v.batch.listId}`,
                v.batch.operator && `${m('operator')}: ${v.batch.operator}`,
                v.batch.equipment && `${m('equipment')}: ${v.batch.equipment}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {v.batch.closedAt === null ? (
              <section className="panel">
                <h2>{m('scansTitle')}</h2>
                <p>{m('scansHelp')}</p>
                <label htmlFor="dg-scans">{m('scansChoose')}</label>{' '}
                <input
                  id="dg-scans"
                  type="file"
                  multiple
                  accept=".tif,.tiff,.jpg,.jpeg,.png,.pdf"
                  onChange={(e) => setFiles([...(e.target.files ?? [])])}
                />{' '}
                <button type="button" disabled={files.length === 0 || receive.isPending} onClick={() => receive.mutate()}>
                  {m('send')}
                </button>
                <UploadProgress rows={uploads.rows} />
                <p>
                  <button type="button" disabled={run.isPending} onClick={() => run.mutate()}>
                    {m('run')}
                  </button>
                </p>
              </section>
            ) : (
              <p className="notice">{m('closedOn', { note: v.batch.note })}</p>
            )}
            {notice && (
              <p role="status" className="notice">
                {notice}
              </p>
            )}
            <ErrorNotice error={receive.error ?? run.error ?? close.error} />
            {v.batch.closedAt === null && (v.batch.state !== 'stored' || (v.progress.byState.rejected ?? 0) > 0) && (
              <details className="panel">
                <summary>{m('closeTitle')}</summary>
                <p>{m('closeHelp')}</p>
                <label htmlFor="dg-close-reason">{m('closeReason')}</label>{' '}
                <input id="dg-close-reason" value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />{' '}
                <button type="button" disabled={!reason.trim() || close.isPending} onClick={() => close.mutate()}>
                  {m('close')}
                </button>
              </details>
            )}
            {v.fileFindings.length > 0 && (
              <>
                <h2>{m('fileFindings')}</h2>
                <ul>
                  {v.fileFindings.map((f, i) => (
                    <li key={i}>
                      <code>{f.code}</code> {lang === 'en' ? f.en : f.vi}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h2>{m('documents')}</h2>
            {v.documents.length === 0 ? (
              <p>{m('none')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m('document')}</th>
                    <th scope="col">{m('state')}</th>
                    <th scope="col">{m('pages')}</th>
                    <th scope="col">{m('findings')}</th>
                  </tr>
                </thead>
                <tbody>
                  {v.documents.map((d) => (
                    <tr key={`${d.fileCode}-${d.ordinal}`}>
                      <td>{docCodeOf(d.fileCode, d.ordinal)}</td>
                      <td>
                        <span className={`state state-doc-${d.state}`}>{DOCUMENT_STATE_LABELS[d.state][lang]}</span>
                      </td>
                      <td>{d.pages}</td>
                      <td>
                        {d.findings.length === 0
                          ? '—'
                          : d.findings.map((f, i) => (
                              <div key={i}>
                                <code>{f.code}</code> {lang === 'en' ? f.en : f.vi}
                              </div>
                            ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </DataState>
    </>
  );
}
