import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime } from '../format.js';
import { useMessages } from '../i18n.js';
import { readingMessages } from '../i18n/reading.js';

type Hit = ApiData<'/api/search', 'get'>['hits'][number];
export type ReadingRequestRow = ApiData<'/api/reading-requests', 'get'>['requests'][number];
const PURPOSE_MIN = 10;
const PURPOSE_MAX = 1000;

/** The reader's page: find a level-02 record, ask for it with a purpose, follow "my requests". */
export function ReaderRoom() {
  const m = useMessages(readingMessages);
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [asking, setAsking] = useState<Hit | null>(null);
  const [notice, setNotice] = useState('');
  const hits = useQuery({
    queryKey: ['reading-search', query],
    enabled: query !== null,
    queryFn: () => data(api.GET('/api/search', { params: { query: { q: query ?? '', mode: '02', limit: 10, offset: 0 } } })),
  });
  return (
    <>
      <h1>{m('readerTitle')}</h1>
      <p>{m('readerIntro')}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <section aria-labelledby="find-title">
        <h2 id="find-title">{m('findTitle')}</h2>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setQuery(text.trim());
          }}
        >
          <label htmlFor="reading-q">{m('findLabel')}</label>{' '}
          <input id="reading-q" type="search" value={text} onChange={(e) => setText(e.target.value)} size={40} />{' '}
          <button type="submit">{m('findSubmit')}</button>
        </form>
        {query === null ? (
          <p className="muted">{m('findHint')}</p>
        ) : (
          <DataState loaded={hits}>
            {(r) =>
              r.hits.length === 0 ? (
                <p>{m('findEmpty')}</p>
              ) : (
                <ul className="hits">
                  {r.hits.map((h) => (
                    <li key={`${h.kind}:${h.code}`}>
                      <span className="muted">{m(`kind.${h.kind}`)}</span> <strong>{h.code}</strong> — {h.title}{' '}
                      <button type="button" onClick={() => setAsking(h)}>
                        {m('ask')}
                      </button>
                    </li>
                  ))}
                </ul>
              )
            }
          </DataState>
        )}
      </section>
      {asking && (
        <AskForm
          hit={asking}
          onDone={(code) => {
            setAsking(null);
            setNotice(m('sent', { code }));
          }}
          onCancel={() => setAsking(null)}
        />
      )}
      <MyRequests />
    </>
  );
}

function AskForm({ hit, onDone, onCancel }: { hit: Hit; onDone: (code: string) => void; onCancel: () => void }) {
  const m = useMessages(readingMessages);
  const queryClient = useQueryClient();
  const [purpose, setPurpose] = useState('');
  const send = useMutation({
    mutationFn: () => data(api.POST('/api/reading-requests', { body: { recordKind: hit.kind, recordCode: hit.code, purpose } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['reading-requests'] });
      onDone(hit.code);
    },
  });
  const length = [...purpose.trim()].length;
  return (
    <form
      className="card"
      aria-labelledby="ask-title"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <h2 id="ask-title">{m('askTitle', { code: hit.code })}</h2>
      <p>{hit.title}</p>
      <label htmlFor="purpose">{m('purpose')}</label>
      <textarea
        id="purpose"
        rows={4}
        cols={60}
        value={purpose}
        maxLength={PURPOSE_MAX}
        required
        aria-describedby="purpose-help"
        autoFocus
        onChange={(e) => setPurpose(e.target.value)}
      />
      <p id="purpose-help" className="muted">
        {m('purposeHelp')} {m('purposeCount', { n: length })}
      </p>
      {send.error && (
        <p role="alert" className="notice notice-error">
          {send.error.message}
        </p>
      )}
      <button type="submit" disabled={send.isPending || length < PURPOSE_MIN}>
        {m('send')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {m('cancel')}
      </button>
    </form>
  );
}

function MyRequests() {
  const m = useMessages(readingMessages);
  const mine = useQuery({
    queryKey: ['reading-requests', 'mine'],
    queryFn: () => data(api.GET('/api/reading-requests', { params: { query: { mine: 'true', limit: 100, offset: 0 } } })),
  });
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">{m('mineTitle')}</h2>
      <DataState loaded={mine}>
        {(r) =>
          r.requests.length === 0 ? (
            <p>{m('mineEmpty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{m('record')}</th>
                  <th scope="col">{m('purpose')}</th>
                  <th scope="col">{m('state')}</th>
                  <th scope="col">{m('asked')}</th>
                  <th scope="col">{m('expires')}</th>
                  <th scope="col">{m('reason')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {r.requests.map((q) => (
                  <tr key={q.id}>
                    <td>
                      <span className="muted">{m(`kind.${q.recordKind}`)}</span> <strong>{q.recordCode}</strong>
                      <br />
                      {q.title}
                    </td>
                    <td>{q.purpose}</td>
                    <td>
                      <span className={`state state-${q.state}`}>{m(`state.${q.state}`)}</span>
                    </td>
                    <td>{formatDateTime(q.createdAt)}</td>
                    <td>{formatDateTime(q.expiresAt)}</td>
                    <td>{q.reason ?? '—'}</td>
                    <td>
                      {q.state === 'approved' &&
                        (q.recordKind === 'file' ? (
                          <a href={`/api/reading-requests/${encodeURIComponent(q.id)}/dip`} download>
                            {m('download')}
                          </a>
                        ) : (
                          <span className="muted">{m('viewOnly')}</span>
                        ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </DataState>
    </section>
  );
}
