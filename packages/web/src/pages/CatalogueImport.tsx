import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';
import { UploadProgress, useErrorText, useUploads } from '../components/Uploads.js';
import { useMessages } from '../i18n.js';
import { intakeMessages } from '../i18n/intake.js';
import { href } from '../router.js';
import { ImportUnitSelect, useImportUnits } from './ImportUnitSelect.js';
import './intake.css';

type Answer = ApiData<'/api/catalogue-imports', 'post'>;

/** Upload a mục lục, dry-run it, read the findings grouped by code and column, then confirm. */
export function CatalogueImport() {
  const m = useMessages(intakeMessages);
  const errorText = useErrorText();
  const uploads = useUploads();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<string | null>(null);
  const [dry, setDry] = useState<Answer | null>(null);
  const [done, setDone] = useState<Answer | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const units = useImportUnits();
  const [chosenUnit, setUnit] = useState<string | null>(null);
  // A scoped user must name a unit: the first of theirs until they choose another.
  const unitId = chosenUnit ?? (units.national ? '' : (units.options[0]?.id ?? ''));
  const unit = unitId ? { unitId } : {};

  async function step(run: () => Promise<void>) {
    setError('');
    setBusy(true);
    try {
      await run();
    } catch (e) {
      setError(errorText(e, file?.name ?? ''));
    } finally {
      setBusy(false);
    }
  }

  const dryRun = () =>
    step(async () => {
      if (!file) throw new Error(m('needFiles'));
      const [id] = await uploads.run([file]);
      setUpload(id ?? null);
      setDone(null);
      setDry(await data(api.POST('/api/catalogue-imports', { body: { upload: id ?? '', dryRun: true, ...unit } })));
    });
  const commit = () =>
    step(async () => {
      setDone(await data(api.POST('/api/catalogue-imports', { body: { upload: upload ?? '', dryRun: false, ...unit } })));
      setDry(null);
      await queryClient.invalidateQueries();
    });

  return (
    <>
      <h1>{m('importTitle')}</h1>
      <p>{m('importIntro')}</p>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void dryRun();
        }}
      >
        <ImportUnitSelect
          units={units}
          value={unitId}
          onChange={(id) => {
            setUnit(id);
            setDry(null);
          }}
        />
        <label htmlFor="import-file">{m('sheet')}</label>{' '}
        <input
          id="import-file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />{' '}
        <button type="submit" disabled={busy || !file}>
          {m('dryRun')}
        </button>
      </form>
      <UploadProgress rows={uploads.rows} />
      {dry && <Findings answer={dry} />}
      {dry && dry.result.errors === 0 && (
        <p>
          <button type="button" disabled={busy} onClick={() => void commit()}>
            {m('commit')}
          </button>
        </p>
      )}
      {done && (
        <section aria-labelledby="import-done" aria-live="polite">
          <h2 id="import-done">{m('committed')}</h2>
          <Counts answer={done} />
          <p>
            <a href={href({ page: 'catalogue' })}>{m('toCatalogue')}</a>
          </p>
        </section>
      )}
    </>
  );
}

function Findings({ answer }: { answer: Answer }) {
  const m = useMessages(intakeMessages);
  const r = answer.result;
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">{m('findingsTitle')}</h2>
      <p data-testid="import-summary">
        {m('rows')}: {r.rows} · {m('errors')}: {r.errors} · {m('warnings')}: {r.warnings}
      </p>
      {r.errors > 0 && <p role="alert">{m('hasErrors', { n: r.errors })}</p>}
      {answer.groups.length === 0 ? (
        <p>{m('noFindings')}</p>
      ) : (
        <table className="findings">
          <thead>
            <tr>
              <th scope="col">{m('severity')}</th>
              <th scope="col">{m('column')}</th>
              <th scope="col">{m('code')}</th>
              <th scope="col">{m('message')}</th>
              <th scope="col">{m('atRows')}</th>
              <th scope="col">{m('values')}</th>
            </tr>
          </thead>
          <tbody>
            {answer.groups.map((g) => (
              <tr key={`${g.code}|${g.column}`} className={`sev-${g.severity}`}>
                <td>{m(`severity.${g.severity}`)}</td>
                <td>{g.column}</td>
                <td>
                  <code>{g.code}</code>
                </td>
                <td>{g.message}</td>
                <td>
                  {m('rowCount', { n: g.rows.length })} {g.rows.slice(0, 20).join(', ')}
                  {g.rows.length > 20 && '…'}
                </td>
                <td>{g.values.slice(0, 5).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {r.findingsOmitted > 0 && <p className="muted">{m('omitted', { n: r.findingsOmitted })}</p>}
    </section>
  );
}

function Counts({ answer }: { answer: Answer }) {
  const m = useMessages(intakeMessages);
  const r = answer.result;
  const rows = [
    ['what.fonds', r.fondsCounts],
    ['what.holding', r.holdingCounts],
    ['what.files', r.counts],
  ] as const;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{m('what')}</th>
          <th scope="col">{m('created')}</th>
          <th scope="col">{m('updated')}</th>
          <th scope="col">{m('unchangedCol')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, c]) => (
          <tr key={key}>
            <th scope="row">{m(key)}</th>
            <td>{c.created}</td>
            <td>{c.updated}</td>
            <td>{c.unchanged}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
