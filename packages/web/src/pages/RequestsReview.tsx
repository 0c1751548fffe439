import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime } from '../format.js';
import { useMessages } from '../i18n.js';
import { readingMessages } from '../i18n/reading.js';
import type { ReadingRequestRow } from './ReaderRoom.js';

const STATES = ['pending', 'approved', 'refused', 'expired'] as const;
type State = (typeof STATES)[number];
const PAGE_SIZE = 20;

/** The archivists' page: readers' requests of their units; approve, or refuse with a reason. */
export function RequestsReview() {
  const m = useMessages(readingMessages);
  const [state, setState] = useState<State | ''>('pending');
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState('');
  const list = useQuery({
    queryKey: ['reading-requests', 'review', state, offset],
    queryFn: () =>
      data(
        api.GET('/api/reading-requests', {
          params: { query: { ...(state !== '' && { state }), limit: PAGE_SIZE, offset } },
        }),
      ),
  });
  return (
    <>
      <h1>{m('requestsTitle')}</h1>
      <p>{m('requestsIntro')}</p>
      <label htmlFor="state-filter">{m('filter')}</label>{' '}
      <select
        id="state-filter"
        value={state}
        onChange={(e) => {
          setOffset(0);
          setState(e.target.value as State | '');
        }}
      >
        <option value="">{m('all')}</option>
        {STATES.map((s) => (
          <option key={s} value={s}>
            {m(`state.${s}`)}
          </option>
        ))}
      </select>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <DataState loaded={list}>
        {(r) =>
          r.requests.length === 0 ? (
            <p>{m('requestsEmpty')}</p>
          ) : (
            <>
              <p>{m('total', { n: r.total })}</p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m('record')}</th>
                    <th scope="col">{m('requester')}</th>
                    <th scope="col">{m('purpose')}</th>
                    <th scope="col">{m('asked')}</th>
                    <th scope="col">{m('state')}</th>
                    <th scope="col">{m('reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.requests.map((q) => (
                    <Row key={q.id} request={q} onDone={() => setNotice(m('done', { code: q.recordCode }))} />
                  ))}
                </tbody>
              </table>
              <nav className="pager" aria-label={m('requestsTitle')}>
                <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                  {m('previous')}
                </button>
                <button type="button" disabled={offset + PAGE_SIZE >= r.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
                  {m('next')}
                </button>
              </nav>
            </>
          )
        }
      </DataState>
    </>
  );
}

function Row({ request: q, onDone }: { request: ReadingRequestRow; onDone: () => void }) {
  const m = useMessages(readingMessages);
  const queryClient = useQueryClient();
  const [deciding, setDeciding] = useState<'approve' | 'refuse' | null>(null);
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (approve: boolean) =>
      data(
        api.POST('/api/reading-requests/{id}/decision', {
          params: { path: { id: q.id } },
          body: { approve, ...(reason.trim() !== '' && { reason: reason.trim() }) },
        }),
      ),
    onSuccess: async () => {
      setDeciding(null);
      onDone();
      await queryClient.invalidateQueries({ queryKey: ['reading-requests'] });
    },
  });
  const reasonId = `reason-${q.id}`;
  return (
    <tr>
      <td>
        <span className="muted">{m(`kind.${q.recordKind}`)}</span> <strong>{q.recordCode}</strong>
        <br />
        {q.title}
      </td>
      <td>{q.requesterName}</td>
      <td>{q.purpose}</td>
      <td>{formatDateTime(q.createdAt)}</td>
      <td>
        <span className={`state state-${q.state}`}>{m(`state.${q.state}`)}</span>
        {q.state === 'pending' && deciding === null && (
          <div>
            <button type="button" onClick={() => setDeciding('approve')}>
              {m('approve')}
            </button>{' '}
            <button type="button" onClick={() => setDeciding('refuse')}>
              {m('refuse')}
            </button>
          </div>
        )}
      </td>
      <td>
        {deciding === null ? (
          (q.reason ?? '—')
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              decide.mutate(deciding === 'approve');
            }}
          >
            <label htmlFor={reasonId}>{deciding === 'refuse' ? m('refuseReason') : m('approveNote')}</label>
            <textarea
              id={reasonId}
              rows={2}
              value={reason}
              required={deciding === 'refuse'}
              autoFocus
              onChange={(e) => setReason(e.target.value)}
            />
            {decide.error && (
              <p role="alert" className="notice notice-error">
                {decide.error.message}
              </p>
            )}
            <button type="submit" disabled={decide.isPending || (deciding === 'refuse' && reason.trim() === '')}>
              {deciding === 'refuse' ? m('confirmRefuse') : m('confirmApprove')}
            </button>{' '}
            <button type="button" onClick={() => setDeciding(null)}>
              {m('cancel')}
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}
