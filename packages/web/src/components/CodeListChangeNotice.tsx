import { useEffect, useState } from 'react';
import { formatDay } from '../format.js';
import { sessionHeaders } from '../api/client.js';
import { useMessages } from '../i18n.js';
import { codeListNoticeMessages } from '../i18n/codelist-notice.js';
import { href } from '../router.js';

/** Where the last event this browser's user has seen is kept. */
const SEEN_KEY = 'duphong.codelists.seenEvent';

interface FeedEvent {
  id: number;
  kind: string;
  subject: string;
  detail: { version?: number; validFrom?: string; origin?: string | null; originName?: string };
}

/**
 * A notice at the top of every page when shared code lists got new versions (pulled from the
 * centre or published here) since the user last dismissed it: reads the event feed after the
 * cursor kept in this browser. The first visit only records the cursor: nothing "changed since".
 * Plain fetch: /api/events is newer than the generated API types.
 */
export function CodeListChangeNotice() {
  const m = useMessages(codeListNoticeMessages);
  const [events, setEvents] = useState<FeedEvent[]>([]);
  const [next, setNext] = useState<number | null>(null);

  useEffect(() => {
    const stored = localStorage.getItem(SEEN_KEY);
    const after = stored === null ? 0 : Number(stored) || 0;
    let cancelled = false;
    void fetch(`/api/events?after=${after}&limit=500`, { headers: sessionHeaders() })
      .then((r) => (r.ok ? (r.json() as Promise<{ events: FeedEvent[]; next: number }>) : null))
      .then((feed) => {
        if (cancelled || !feed) return;
        if (stored === null) localStorage.setItem(SEEN_KEY, String(feed.next));
        else {
          setEvents(feed.events.filter((e) => e.kind === 'codelist.version'));
          setNext(feed.next);
        }
      })
      .catch(() => undefined); // the notice is a convenience: a failed read shows nothing
    return () => {
      cancelled = true;
    };
  }, []);

  if (events.length === 0) return null;
  const dismiss = () => {
    if (next !== null) localStorage.setItem(SEEN_KEY, String(next));
    setEvents([]);
  };
  return (
    <div role="status" className="notice codelist-notice">
      <p>
        <strong>{m('title')}</strong>
      </p>
      <ul>
        {events.map((e) => {
          const vars = {
            version: e.detail.version ?? '?',
            validFrom: e.detail.validFrom ? formatDay(e.detail.validFrom) : '?',
            origin: e.detail.originName ?? e.detail.origin ?? '',
          };
          return (
            <li key={e.id}>
              <a href={href({ page: 'codeLists', listId: e.subject })}>{e.subject}</a>:{' '}
              {e.detail.origin ? m('fromCentre', vars) : m('local', vars)}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={dismiss}>
        {m('seen')}
      </button>
    </div>
  );
}
