import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatBytes, formatDateTime } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { healthMessages } from '../i18n/health.js';
import { href } from '../router.js';
import { RecordViewer } from './RecordViewer.js';
import { FileEditForm } from './FileEditForm.js';
import { SavedNotice } from './SavedNotice.js';
import { InspectionList } from './InspectionList.js';
import { AnalogueCopies } from './AnalogueCopies.js';
import { microfilmMessages } from '../i18n/microfilm.js';
import { catalogueEditMessages } from '../i18n/catalogue-edit.js';
import { useCan } from '../session/SessionGate.js';
import type { ApiFinding } from '../api/client.js';
import './health.css';

type Page = ApiData<'/api/record-pages/{fileCode}', 'get'>;
type Field = Page['file']['fields'][number];

function Fields({ fields }: { fields: Field[] }) {
  const m = useMessages(healthMessages);
  const { lang } = useI18n();
  return (
    <table className="record-fields">
      <thead>
        <tr>
          <th scope="col">{m('rec.field')}</th>
          <th scope="col">{m('rec.value')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.name}>
            <th scope="row">{lang === 'en' ? f.label.en : f.label.vi}</th>
            <td>{f.display}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Copies({ page }: { page: Page }) {
  const m = useMessages(healthMessages);
  const { t, lang } = useI18n();
  if (!page.backup)
    return (
      <div className="notice">
        <p>{m('rec.noBackup')}</p>
        {page.actions.includes('make-backup') && (
          <a className="button-link" href={`#/tiep-nhan?file=${encodeURIComponent(page.file.code)}`}>
            {m('rec.makeBackup')}
          </a>
        )}
      </div>
    );
  const head = page.backup.versions.find((v) => v.version === page.backup!.head);
  return (
    <>
      <p>
        {m('rec.version')} v{page.backup.head}
        {head && ` · ${formatBytes(head.bytes, lang)} · ${formatDateTime(head.created)}`}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{m('dash.site')}</th>
            <th scope="col">{m('rec.region')}</th>
            <th scope="col">{m('rec.medium')}</th>
            <th scope="col">{m('rec.version')}</th>
            <th scope="col">{m('rec.status')}</th>
            <th scope="col">{m('dash.lastVerified')}</th>
          </tr>
        </thead>
        <tbody>
          {page.backup.copies.map((c) => (
            <tr key={c.site} data-site={c.site}>
              <th scope="row">{c.site}</th>
              <td>{c.region ? t(`region.${c.region as 'bac'}`) : '—'}</td>
              <td>{c.medium ? t(`medium.${c.medium as 'disk'}`) : '—'}</td>
              <td>v{c.version}</td>
              <td>
                <span className={`badge badge-${c.status}`} data-status={c.status}>
                  {m(`status.${c.status}`)}
                </span>
              </td>
              <td className="time">{formatDateTime(c.verifiedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page.actions.includes('add-version') && (
        <p>
          <a href={`#/tiep-nhan?file=${encodeURIComponent(page.file.code)}`}>{m('rec.addVersion')}</a>
        </p>
      )}
    </>
  );
}

function Timeline({ events }: { events: Page['events'] }) {
  const m = useMessages(healthMessages);
  const { lang } = useI18n();
  if (events.length === 0) return <p className="muted">{m('rec.noHistory')}</p>;
  return (
    <ol className="timeline">
      {[...events].reverse().map((e) => (
        <li key={e.id} className={e.outcome === 'success' ? undefined : `outcome-${e.outcome}`}>
          <span className="when">{formatDateTime(e.dateTime)}</span> · <strong>{lang === 'en' ? e.typeLabel.en : e.typeLabel.vi}</strong>
          {e.site && ` · ${e.site}`}
          {e.outcome !== 'success' && ` · ${m(e.outcome === 'failure' ? 'rec.outcome.failure' : 'rec.outcome.warning')}`}
          <div className="muted">{e.detail}</div>
        </li>
      ))}
    </ol>
  );
}

function Documents({ page, onView }: { page: Page; onView: (d: { id: string; title: string }) => void }) {
  const m = useMessages(healthMessages);
  if (page.documents.length === 0) return <p className="muted">{m('rec.noDocuments')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{m('rec.documents')}</th>
          <th scope="col">{m('rec.mode')}</th>
          <th scope="col">{m('inc.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {page.documents.map((d) => (
          <tr key={d.id}>
            <td className="num">{d.ordinal ?? '—'}</td>
            <th scope="row">
              {d.title}
              <div className="muted">{d.id}</div>
            </th>
            <td>{m(`rec.mode${d.mode}`)}</td>
            <td>
              {d.canView ? (
                <button type="button" onClick={() => onView({ id: d.id, title: d.title })}>
                  {m('rec.view')}
                </button>
              ) : (
                <span className="muted">{m('rec.noView')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `#/ho-so/<code>`: the page of every catalogue file, with or without a backup copy. */
export function RecordPage({ code }: { code: string }) {
  const m = useMessages(healthMessages);
  const e = useMessages(catalogueEditMessages);
  const f = useMessages(microfilmMessages);
  const can = useCan();
  const [viewing, setViewing] = useState<{ id: string; title: string } | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<ApiFinding[] | null>(null);
  const page = useQuery({
    queryKey: ['record-page', code],
    queryFn: () => data(api.GET('/api/record-pages/{fileCode}', { params: { path: { fileCode: code } } })),
  });
  return (
    <DataState loaded={page}>
      {(p) => (
        <>
          <h1>
            {p.file.title} <span className="muted">({p.file.code})</span>
          </h1>
          <p>
            {m('rec.mode')}: {m(`rec.mode${p.file.mode}`)}
            {p.fonds && ` · ${m('rec.fonds')}: ${p.fonds.name} (${p.fonds.code})`}
            {p.unit && ` · ${m('rec.unit')}: ${p.unit.name ?? p.unit.id}`}
          </p>
          {p.openIncidents > 0 && (
            <p className="notice notice-error" role="alert">
              <a href={href({ page: 'incidents' })}>{m('rec.incidents', { n: p.openIncidents })}</a>
            </p>
          )}
          {viewing && <RecordViewer doc={viewing} onClose={() => setViewing(null)} />}
          {saved && <SavedNotice warnings={saved} />}
          {editing && (
            <FileEditForm
              code={p.file.code}
              onDone={(warnings) => {
                setEditing(false);
                setSaved(warnings);
              }}
            />
          )}
          <div className="record-layout">
            <div>
              <section aria-labelledby="copies-title">
                <h2 id="copies-title">{m('rec.copies')}</h2>
                <Copies page={p} />
                <h3 id="analogue-copies-title">{f('analogueTitle')}</h3>
                <AnalogueCopies copies={p.analogueCopies} />
              </section>
              <section aria-labelledby="documents-title">
                <h2 id="documents-title">{m('rec.documents')}</h2>
                <Documents page={p} onView={setViewing} />
              </section>
              <section aria-labelledby="history-title">
                <h2 id="history-title">{m('rec.history')}</h2>
                <Timeline events={p.events} />
              </section>
            </div>
            <div>
              <section aria-labelledby="description-title">
                <h2 id="description-title">{m('rec.description')}</h2>
                {can('catalogue.write') && !editing && (
                  <p>
                    <button
                      type="button"
                      onClick={() => {
                        setSaved(null);
                        setEditing(true);
                      }}
                    >
                      {e('edit.file')}
                    </button>
                  </p>
                )}
                <Fields fields={p.file.fields} />
              </section>
              {p.holdings.length > 0 && (
                <section aria-labelledby="holdings-title">
                  <h2 id="holdings-title">{m('rec.holdings')}</h2>
                  <ul>
                    {p.holdings.map((h) => (
                      <li key={h.id}>{[h.medium, h.store, h.shelf, h.box].filter(Boolean).join(' · ')}</li>
                    ))}
                  </ul>
                </section>
              )}
              {p.inspections.length > 0 && (
                <section aria-labelledby="inspections-title">
                  <h2 id="inspections-title">{m('rec.inspections')}</h2>
                  <InspectionList inspections={p.inspections} />
                </section>
              )}
            </div>
          </div>
        </>
      )}
    </DataState>
  );
}
