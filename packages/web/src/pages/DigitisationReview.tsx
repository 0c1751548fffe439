import { useState } from 'react';
import { docCodeOf } from '@duphong/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, ApiError, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { useI18n, useMessages } from '../i18n.js';
import { digitisationMessages } from '../i18n/digitisation.js';

type ReviewItem = ApiData<'/api/digitisation/review', 'get'>['review'][number];

/** The review queue: each waiting document with its findings and the page they are about, to accept or reject. */
export function DigitisationReview() {
  const m = useMessages(digitisationMessages);
  const [notice, setNotice] = useState('');
  const queue = useQuery({
    queryKey: ['digitisation', 'review'],
    queryFn: () => data(api.GET('/api/digitisation/review', {})),
  });
  return (
    <>
      <h1>{m('reviewTitle')}</h1>
      <p>{m('reviewIntro')}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <DataState loaded={queue}>
        {(r) =>
          r.review.length === 0 ? (
            <p>{m('reviewEmpty')}</p>
          ) : (
            r.review.map((item) => (
              <ReviewCard
                key={`${item.batchId}-${item.fileCode}-${item.ordinal}`}
                item={item}
                onDone={(doc) => setNotice(m('decided', { doc }))}
              />
            ))
          )
        }
      </DataState>
    </>
  );
}

function ReviewCard({ item, onDone }: { item: ReviewItem; onDone: (doc: string) => void }) {
  const m = useMessages(digitisationMessages);
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  const code = docCodeOf(item.fileCode, item.ordinal);
  const firstPage = item.findings.find((f) => f.page !== undefined)?.page ?? 1;
  const [page, setPage] = useState(Math.min(firstPage, Math.max(1, item.pages)));
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: (accept: boolean) =>
      data(
        api.POST('/api/digitisation/batches/{id}/documents/{fileCode}/{ordinal}/decision', {
          params: { path: { id: item.batchId, fileCode: item.fileCode, ordinal: item.ordinal } },
          body: { accept, ...(note.trim() && { note: note.trim() }) },
        }),
      ),
    onSuccess: async () => {
      onDone(code);
      await queryClient.invalidateQueries({ queryKey: ['digitisation'] });
    },
  });
  const src = `/api/digitisation/batches/${encodeURIComponent(item.batchId)}/documents/${encodeURIComponent(item.fileCode)}/${item.ordinal}/pages/${page}`;
  const confidence = item.pageInfo.find((p) => p.page === page)?.confidence;
  const noteId = `note-${item.batchId}-${item.ordinal}-${item.fileCode}`;
  return (
    <section className="panel review-card">
      <h2>
        {code} <span className="muted">— {item.batchName}</span>
      </h2>
      <div className="review-grid">
        <img className="scan-page" src={src} alt={m('pageAlt', { n: page, doc: code })} loading="lazy" />
        <div>
          <ul>
            {item.findings.map((f, i) => (
              <li key={i}>
                <code>{f.code}</code> {lang === 'en' ? f.en : f.vi}
              </li>
            ))}
          </ul>
          <nav className="pager" aria-label={m('pages')}>
            {Array.from({ length: item.pages }, (_, i) => i + 1).map((n) => (
              <button key={n} type="button" aria-pressed={n === page} onClick={() => setPage(n)}>
                {m('page', { n })}
              </button>
            ))}
          </nav>
          {confidence !== undefined && confidence !== null && <p className="muted">{m('confidence', { n: Math.round(confidence) })}</p>}
          <label htmlFor={noteId}>{m('note')}</label>
          <textarea id={noteId} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <p>
            <button type="button" disabled={decide.isPending} onClick={() => decide.mutate(true)}>
              {m('accept')}
            </button>{' '}
            <button
              type="button"
              disabled={decide.isPending || note.trim() === ''}
              title={m('rejectReason')}
              onClick={() => decide.mutate(false)}
            >
              {m('reject')}
            </button>
          </p>
          {decide.error instanceof ApiError && (
            <p role="alert" className="notice notice-error">
              {decide.error.message}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
