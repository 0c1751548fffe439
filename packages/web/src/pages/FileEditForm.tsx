import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TT05_CATALOGUE } from '@duphong/core';
import { api, ApiError, data, type ApiData, type ApiFinding } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { FieldFindings, Tt05Field } from '../components/Tt05Field.js';
import { useMessages } from '../i18n.js';
import './catalogue-edit.css';
import { catalogueEditMessages } from '../i18n/catalogue-edit.js';

/*
 * The editor of a file's TT05 description (AIP_hoso), generated from core's field catalogue and
 * saved through PUT /api/files/:code: the server's use case checks it (record-edits.ts), the form
 * only shows what it says. It sends the `updatedAt` it read, so a save over someone else's newer
 * change is refused (DP-FILE-STALE) rather than silently overwriting it.
 */

type FileData = ApiData<'/api/files/{code}', 'get'>['file'];
const SPECS = TT05_CATALOGUE['aip-hoso'].fields;
const NAMES = new Set(SPECS.map((s) => s.name));

/** The findings of a refusal per field (`path`), and those that name no field of the form. */
export function findingsByField(error: unknown, names: ReadonlySet<string>): { of: (name: string) => ApiFinding[]; other: ApiFinding[] } {
  const findings = error instanceof ApiError ? error.findings : [];
  return {
    of: (name) => findings.filter((f) => f.path === name),
    other: findings.filter((f) => f.path === undefined || !names.has(f.path)),
  };
}

export function RefusalNotice({ error, onReload }: { error: unknown; onReload: () => void }) {
  const m = useMessages(catalogueEditMessages);
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : '';
  return (
    <div role="alert" className="notice notice-error" data-code={code}>
      <p>
        {m('edit.refused')}: {code && <code>{code}</code>} {(error as Error).message}
      </p>
      {code.endsWith('-STALE') && (
        <button type="button" onClick={onReload}>
          {m('edit.reload')}
        </button>
      )}
    </div>
  );
}

function Form({ file, onDone, onReload }: { file: FileData; onDone: (warnings: ApiFinding[] | null) => void; onReload: () => void }) {
  const m = useMessages(catalogueEditMessages);
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(file.title);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard users land on the form they opened, not at the button behind it.
  useEffect(() => heading.current?.focus(), []);
  const [values, setValues] = useState<Record<string, string>>(() => ({ ...file.fields }));
  const save = useMutation({
    mutationFn: () => {
      const fields: Record<string, string> = {};
      for (const [name, value] of Object.entries(values)) if (name !== 'title' && value.trim() !== '') fields[name] = value.trim();
      return data(
        api.PUT('/api/files/{code}', {
          params: { path: { code: file.code } },
          body: { title: title.trim(), fondsCode: file.fondsCode, fields, expectedUpdatedAt: file.updatedAt },
        }),
      );
    },
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ['record-page', file.code] });
      void queryClient.invalidateQueries({ queryKey: ['file', file.code] });
      void queryClient.invalidateQueries({ queryKey: ['files'] });
      void queryClient.invalidateQueries({ queryKey: ['search'] });
      onDone(result.findings);
    },
  });
  const findings = findingsByField(save.error, NAMES);
  return (
    <form
      className="description-form"
      aria-labelledby="edit-file-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="edit-file-title" ref={heading} tabIndex={-1}>
        {m('edit.fileTitle', { code: file.code })}
      </h2>
      <p className="hint">{m('edit.hint')}</p>
      <RefusalNotice error={save.error} onReload={onReload} />
      <div className="form-grid">
        {SPECS.map((spec) => (
          <Tt05Field
            key={spec.name}
            spec={spec}
            value={spec.name === 'title' ? title : (values[spec.name] ?? '')}
            onChange={(v) => (spec.name === 'title' ? setTitle(v) : setValues((old) => ({ ...old, [spec.name]: v })))}
            findings={findings.of(spec.name)}
          />
        ))}
      </div>
      {findings.other.length > 0 && (
        <>
          <p>{m('edit.findingsElsewhere')}</p>
          <FieldFindings id="edit-file-other-findings" findings={findings.other} />
        </>
      )}
      <p className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? m('edit.saving') : m('edit.save')}
        </button>{' '}
        <button type="button" onClick={() => onDone(null)}>
          {m('edit.cancel')}
        </button>
      </p>
    </form>
  );
}

/** Reads the file as stored now (with its updatedAt), then shows the form; a reload starts again from the new version. */
export function FileEditForm({ code, onDone }: { code: string; onDone: (warnings: ApiFinding[] | null) => void }) {
  const file = useQuery({
    // Its own key, never cached: the form must start from the stored updatedAt, not an older copy.
    queryKey: ['file-edit', code],
    queryFn: () => data(api.GET('/api/files/{code}', { params: { path: { code } } })),
    gcTime: 0,
  });
  return (
    <DataState loaded={file}>
      {(f) => <Form key={f.file.updatedAt} file={f.file} onDone={onDone} onReload={() => void file.refetch()} />}
    </DataState>
  );
}
