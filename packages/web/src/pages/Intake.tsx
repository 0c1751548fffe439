import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data, type ApiBody, type ApiData } from '../api/client.js';
import { UploadProgress, useErrorText, useUploads } from '../components/Uploads.js';
import { formatBytes, formatDateTime } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { intakeMessages } from '../i18n/intake.js';
import { href } from '../router.js';
import './intake.css';
import { IntakeFiles } from './IntakeFiles.js';

type Changes = ApiData<'/api/intake/preview', 'post'>['changes'];
type Body = ApiBody<'/api/intake', 'post'>;
type Kind = Body['kind'];

/** Upload → preview the change → take in (background job) → watch the three copies verified. */
export function Intake() {
  // "Take in another" starts afresh: a new key forgets every step of the previous intake.
  const [round, setRound] = useState(0);
  return <IntakeFlow key={round} onAgain={() => setRound((r) => r + 1)} />;
}

function IntakeFlow({ onAgain }: { onAgain: () => void }) {
  const m = useMessages(intakeMessages);
  const errorText = useErrorText();
  const uploads = useUploads();
  const [kind, setKind] = useState<Kind>('scans');
  const [files, setFiles] = useState<File[]>([]);
  const [fileCode, setFileCode] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [body, setBody] = useState<Body | null>(null);
  const [changes, setChanges] = useState<Changes | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [intakeId, setIntakeId] = useState<string | null>(null);

  async function uploadAndPreview() {
    setError('');
    if (files.length === 0) return setError(m('needFiles'));
    if (kind === 'scans' && !fileCode.trim()) return setError(m('needCode'));
    setBusy(true);
    try {
      const ids = await uploads.run(files);
      const request: Body = {
        uploads: ids,
        kind,
        ...(fileCode.trim() && { fileCode: fileCode.trim().normalize('NFC') }),
        ...(title.trim() && { title: title.trim().normalize('NFC') }),
      };
      setBody(request);
      setChanges((await data(api.POST('/api/intake/preview', { body: request }))).changes);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  async function ingest() {
    if (!body || !changes) return;
    setError('');
    setBusy(true);
    try {
      const confirmReplace = changes.dropped.length > 0 ? confirmed : undefined;
      const started = await data(api.POST('/api/intake', { body: { ...body, ...(confirmReplace && { confirmReplace }) } }));
      setIntakeId((started as { id: string }).id);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  const needsConfirm = (changes?.dropped.length ?? 0) > 0;
  return (
    <>
      <h1>{m('title')}</h1>
      <p>{m('intro')}</p>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {intakeId ? (
        <IntakeJob id={intakeId} onAgain={onAgain} />
      ) : (
        <>
          <IntakeFiles
            kind={kind}
            setKind={setKind}
            files={files}
            setFiles={(f) => {
              setFiles(f);
              setChanges(null);
            }}
            fileCode={fileCode}
            setFileCode={setFileCode}
            title={title}
            setTitle={setTitle}
          />
          <p>
            <button type="button" disabled={busy} onClick={() => void uploadAndPreview()}>
              {m('upload')}
            </button>{' '}
            {busy && uploads.rows.length > 0 && !changes && (
              <button type="button" onClick={uploads.paused ? uploads.resume : uploads.pause}>
                {uploads.paused ? m('resume') : m('pause')}
              </button>
            )}
          </p>
          <UploadProgress rows={uploads.rows} />
          {changes && (
            <section aria-labelledby="changes-title">
              <h2 id="changes-title">{m('previewTitle')}</h2>
              <ChangeList changes={changes} />
              {needsConfirm && (
                <p>
                  <input id="confirm-drop" type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />{' '}
                  <label htmlFor="confirm-drop">{m('confirmDrop', { n: changes.dropped.length })}</label>
                </p>
              )}
              <button type="button" disabled={busy || (needsConfirm && !confirmed)} onClick={() => void ingest()}>
                {m('ingest')}
              </button>
            </section>
          )}
        </>
      )}
    </>
  );
}

function ChangeList({ changes }: { changes: Changes }) {
  const m = useMessages(intakeMessages);
  const { lang } = useI18n();
  const list = (key: 'added' | 'changed' | 'dropped') =>
    changes[key].length > 0 && (
      <div className={key === 'dropped' ? 'dropped' : undefined}>
        <h3>{m(key, { n: changes[key].length })}</h3>
        <ul>
          {changes[key].map((d) => (
            <li key={d.path}>
              {d.path} — {d.previousSize !== undefined && `${formatBytes(d.previousSize, lang)} → `}
              {formatBytes(d.size, lang)}
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <>
      <p>
        {changes.headVersion === 0
          ? m('newRecord', { code: changes.fileCode })
          : m('headVersion', { code: changes.fileCode, v: changes.headVersion, next: changes.headVersion + 1 })}
        {changes.supplement && ` ${m('supplement')}`}
      </p>
      {list('added')}
      {list('changed')}
      {list('dropped')}
      <p>{m('unchanged', { n: changes.unchanged })}</p>
    </>
  );
}

/** Follows the job until it is done, then the object's copies until every site has verified one. */
function IntakeJob({ id, onAgain }: { id: string; onAgain: () => void }) {
  const m = useMessages(intakeMessages);
  const { lang } = useI18n();
  const errorText = useErrorText();
  const job = useQuery({
    queryKey: ['intake', id],
    queryFn: () => data(api.GET('/api/intake/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && ['done', 'failed'].includes(q.state.data.status) ? false : 1000),
  });
  const code = job.data?.result?.fileCode;
  const copies = useQuery({
    queryKey: ['intake-copies', code],
    enabled: !!code,
    queryFn: () => data(api.GET('/api/objects/{code}/copies', { params: { path: { code: code ?? '' } } })),
    refetchInterval: (q) => (q.state.data && q.state.data.copies.every((c) => c.status === 'ok' && c.verifiedAt) ? false : 1000),
  });
  const j = job.data;
  if (job.error) return <p role="alert">{errorText(job.error)}</p>;
  if (!j) return <p>{m('status.queued')}</p>;
  const allOk = copies.data && copies.data.copies.length > 0 && copies.data.copies.every((c) => c.status === 'ok' && c.verifiedAt);
  return (
    <section aria-labelledby="job-title">
      <h2 id="job-title">{m('jobTitle')}</h2>
      <p role="status" data-testid="job-status">
        {m(`status.${j.status}`)} —{' '}
        {m('jobProgress', { done: j.progress.done, total: j.progress.total, bytes: formatBytes(j.progress.bytes, lang) })}
      </p>
      {j.error && <p role="alert">{m('errorWithCode', { message: j.error.message, code: j.error.code })}</p>}
      {copies.data && (
        <>
          <h3>{m('copiesTitle')}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">{m('site')}</th>
                <th scope="col">{m('version')}</th>
                <th scope="col">{m('copyStatus')}</th>
                <th scope="col">{m('verifiedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {copies.data.copies.map((c) => (
                <tr key={c.site}>
                  <td>{c.site}</td>
                  <td>{c.version}</td>
                  <td>{m(`copy.${c.status}`)}</td>
                  <td>{formatDateTime(c.verifiedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {allOk && <p role="status">{m('allVerified', { n: copies.data.copies.length })}</p>}
        </>
      )}
      {code && (
        <p>
          <a href={href({ page: 'object', code })}>{m('openRecord', { code })}</a>
        </p>
      )}
      {(j.status === 'done' || j.status === 'failed') && (
        <button type="button" onClick={onAgain}>
          {m('again')}
        </button>
      )}
    </section>
  );
}
