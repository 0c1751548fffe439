import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatNumber } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { catalogueMessages } from '../i18n/catalogue.js';
import { intakeMessages } from '../i18n/intake.js';
import { href } from '../router.js';
import { FondsPanel } from './CatalogueFonds.js';
import { InspectionList } from './InspectionList.js';
import './health.css';

const PAGE = 50;

/** A file's documents and its own inspections, opened under it in the list (GET /api/files/:code). */
function FileDocuments({ code }: { code: string }) {
  const m = useMessages(catalogueMessages);
  const file = useQuery({ queryKey: ['file', code], queryFn: () => data(api.GET('/api/files/{code}', { params: { path: { code } } })) });
  return (
    <DataState loaded={file}>
      {({ documents, inspections }) => (
        <div className="file-documents">
          {documents.length === 0 ? (
            <p className="muted">{m('cat.noDocuments')}</p>
          ) : (
            <ol aria-label={m('cat.showDocuments', { code })}>
              {documents.map((d) => (
                <li key={d.id} value={d.ordinal ?? undefined}>
                  {d.fields.subject ?? d.fields.imageTitle ?? d.fields.movieTitle ?? d.id} <span className="muted">({d.id})</span>
                </li>
              ))}
            </ol>
          )}
          {inspections.length > 0 && <InspectionList inspections={inspections} />}
        </div>
      )}
    </DataState>
  );
}

function FileRow({ code, title }: { code: string; title: string }) {
  const m = useMessages(catalogueMessages);
  const [open, setOpen] = useState(false);
  return (
    <li>
      <a href={href({ page: 'object', code })} title={m('cat.openRecord')}>
        {code}
      </a>{' '}
      — {title}{' '}
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? m('cat.hideDocuments') : m('cat.showDocuments', { code })}
      </button>
      {open && <FileDocuments code={code} />}
    </li>
  );
}

function Files({ fonds }: { fonds: string }) {
  const m = useMessages(catalogueMessages);
  const { lang } = useI18n();
  const [offset, setOffset] = useState(0);
  const files = useQuery({
    queryKey: ['files', fonds, offset],
    queryFn: () => data(api.GET('/api/files', { params: { query: { fonds, limit: PAGE, offset } } })),
  });
  return (
    <DataState loaded={files}>
      {({ total, files: list }) =>
        list.length === 0 ? (
          <p className="muted">{m('cat.noFiles')}</p>
        ) : (
          <>
            <p>{m('cat.fileCount', { n: formatNumber(total, lang) })}</p>
            <ul className="files">
              {list.map((f) => (
                <FileRow key={f.code} code={f.code} title={f.title} />
              ))}
            </ul>
            <div className="pager">
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                {m('cat.previous')}
              </button>
              <button type="button" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
                {m('cat.next')}
              </button>
            </div>
          </>
        )
      }
    </DataState>
  );
}

function FondsList({ unit }: { unit: string | undefined }) {
  const m = useMessages(catalogueMessages);
  const im = useMessages(intakeMessages);
  const [fonds, setFonds] = useState<string | undefined>();
  const list = useQuery({
    queryKey: ['fonds', unit ?? ''],
    queryFn: () => data(api.GET('/api/fonds', { params: { query: unit ? { unit } : {} } })),
  });
  return (
    <DataState loaded={list}>
      {(items) =>
        items.length === 0 ? (
          <p className="muted">
            {m('cat.noFonds')} <a href={href({ page: 'catalogueImport' })}>{im('emptyImport')}</a>
          </p>
        ) : (
          <>
            <label htmlFor="fonds-select">{m('cat.fonds')}</label>{' '}
            <select id="fonds-select" value={fonds ?? ''} onChange={(e) => setFonds(e.target.value || undefined)}>
              <option value="">{m('cat.chooseFonds')}</option>
              {items.map((f) => (
                <option key={f.code} value={f.code}>
                  {f.code} — {f.name}
                </option>
              ))}
            </select>
            {fonds && <FondsPanel key={`panel-${fonds}`} code={fonds} />}
            {fonds && <Files key={fonds} fonds={fonds} />}
          </>
        )
      }
    </DataState>
  );
}

/** Units → fonds (holdings, inspections, editor) → files → documents; a file opens its record page (copies, history, editor). */
export function Catalogue() {
  const m = useMessages(catalogueMessages);
  const [unit, setUnit] = useState<string | undefined>();
  const units = useQuery({ queryKey: ['units'], queryFn: () => data(api.GET('/api/units')) });
  return (
    <>
      <h1>{m('cat.title')}</h1>
      <p className="hint">{m('cat.hint')}</p>
      <DataState loaded={units}>
        {({ units: list }) => (
          <p>
            <label htmlFor="unit-select">{m('cat.unit')}</label>{' '}
            <select id="unit-select" value={unit ?? ''} onChange={(e) => setUnit(e.target.value || undefined)}>
              <option value="">{m('cat.allUnits')}</option>
              {list.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </p>
        )}
      </DataState>
      <FondsList key={unit ?? ''} unit={unit} />
    </>
  );
}
