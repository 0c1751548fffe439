import { useMessages } from '../i18n.js';
import { healthMessages } from '../i18n/health.js';

/** The content URL of a document (served inline from a verified copy, access checked by the server). */
export const contentUrl = (id: string): string => `/api/documents/${encodeURIComponent(id)}/content`;

/**
 * The browser's own viewer in a frame: it shows PDF (its built-in PDF viewer) and images alike,
 * from the Content-Type the server sends. The server decides access (mode) and answers 403/404.
 */
export function RecordViewer({ doc, onClose }: { doc: { id: string; title: string }; onClose: () => void }) {
  const m = useMessages(healthMessages);
  const url = contentUrl(doc.id);
  return (
    <section aria-labelledby="viewer-title" className="viewer-panel">
      <h2 id="viewer-title">
        {m('rec.viewer')}: {doc.title}
      </h2>
      <p>
        <button type="button" onClick={onClose}>
          {m('rec.close')}
        </button>{' '}
        <a href={url} target="_blank" rel="noreferrer">
          {m('rec.openNew')}
        </a>
      </p>
      <iframe className="viewer" src={url} title={doc.title} />
    </section>
  );
}
