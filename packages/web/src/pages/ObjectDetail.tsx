import { useQuery } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';

type Detail = ApiData<'/api/objects/{code}', 'get'>;
import { DataState } from '../components/DataState.js';
import { StatusBadge } from '../components/Status.js';
import { formatBytes, formatDateTime } from '../format.js';
import { useI18n } from '../i18n.js';
import { href } from '../router.js';

function CopiesTable({ code }: { code: string }) {
  const { t } = useI18n();
  const copies = useQuery({
    queryKey: ['object-copies', code],
    queryFn: () => data(api.GET('/api/objects/{code}/copies', { params: { path: { code } } })),
  });
  return (
    <section aria-labelledby="copies-title">
      <h2 id="copies-title">{t('detail.copies')}</h2>
      <DataState loaded={copies}>
        {(c) => (
          <table className="copies">
            <thead>
              <tr>
                <th scope="col">{t('detail.site')}</th>
                <th scope="col" className="num">
                  {t('detail.version')}
                </th>
                <th scope="col">{t('detail.status')}</th>
                <th scope="col">{t('detail.verifiedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {c.copies.map((copy) => (
                <tr key={copy.site} data-site={copy.site}>
                  <th scope="row">{copy.site}</th>
                  <td className="num">v{copy.version}</td>
                  <td>
                    <StatusBadge status={copy.status} />
                    {copy.detail && <span className="muted"> {copy.detail}</span>}
                  </td>
                  <td className="time">{formatDateTime(copy.verifiedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </DataState>
    </section>
  );
}

function Versions({ detail }: { detail: Detail }) {
  const { t, lang } = useI18n();
  const documents = detail.files.filter((f) => isDocument(f.logicalPath));
  const packageFiles = detail.files.filter((f) => !isDocument(f.logicalPath));
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t('detail.versions')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('detail.version')}</th>
            <th scope="col">{t('detail.created')}</th>
            <th scope="col">{t('detail.message')}</th>
            <th scope="col" className="num">
              {t('detail.files')}
            </th>
            <th scope="col" className="num">
              {t('detail.bytes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {detail.versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">v{v.version}</th>
              <td className="time">{formatDateTime(v.created)}</td>
              <td>{v.message}</td>
              <td className="num">{v.files}</td>
              <td className="num">{formatBytes(v.bytes, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('detail.documents')}</h3>
      <ul className="files">
        {documents.map((f) => (
          <li key={f.logicalPath}>
            <span className="path" title={f.logicalPath}>
              {documentName(f.logicalPath)}
            </span>{' '}
            <span className="muted">({formatBytes(f.size, lang)})</span>
          </li>
        ))}
      </ul>
      {packageFiles.length > 0 && (
        <details>
          <summary>{t('detail.packageFiles').replace('{n}', String(packageFiles.length))}</summary>
          <ul className="files">
            {packageFiles.map((f) => (
              <li key={f.logicalPath}>
                <span className="path">{f.logicalPath}</span> <span className="muted">({formatBytes(f.size, lang)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function Events({ detail }: { detail: Detail }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="events-title">
      <h2 id="events-title">{t('detail.events')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('detail.created')}</th>
            <th scope="col">{t('detail.type')}</th>
            <th scope="col">{t('detail.site')}</th>
            <th scope="col">{t('detail.outcome')}</th>
            <th scope="col">{t('detail.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.events.map((e) => (
            <tr key={e.id}>
              <td className="time">{formatDateTime(e.dateTime)}</td>
              <td>{e.type}</td>
              <td>{e.site ?? t('none')}</td>
              <td className={`outcome-${e.outcome}`}>{t(`outcome.${e.outcome}`)}</td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ObjectDetail({ code }: { code: string }) {
  const { t } = useI18n();
  const detail = useQuery({
    queryKey: ['object', code],
    queryFn: () => data(api.GET('/api/objects/{code}', { params: { path: { code } } })),
  });
  return (
    <>
      <p>
        <a href={href({ page: 'objects' })}>{t('detail.back')}</a>
      </p>
      <DataState loaded={detail}>
        {(d) => (
          <>
            <h1>
              {d.object.fileCode}
              {d.object.title && <span className="subtitle"> — {d.object.title}</span>}
            </h1>
            <p className="muted">
              {t('detail.objectId')}: <code>{d.object.id}</code> · v{d.object.head}
            </p>
            <CopiesTable code={code} />
            <Versions detail={d} />
            <Events detail={d} />
          </>
        )}
      </DataState>
    </>
  );
}

// The documents of a TT05 AIP are under representations/rep1/data/ (data/ in the first layout); the
// rest (METS, EAD, PREMIS, schemas) describes them and is shown apart.
const DATA_PREFIXES = ['representations/rep1/data/', 'data/'];

function documentName(logicalPath: string): string {
  const prefix = DATA_PREFIXES.find((p) => logicalPath.startsWith(p));
  return prefix ? logicalPath.slice(prefix.length) : logicalPath;
}

function isDocument(logicalPath: string): boolean {
  return DATA_PREFIXES.some((p) => logicalPath.startsWith(p));
}
