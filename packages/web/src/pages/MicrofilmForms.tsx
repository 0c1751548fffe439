import { useState, type ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FILM_CONDITIONS, FILM_GENERATIONS, FILM_SIGNS, FILM_SIGN_LABELS, FILM_TYPES } from '@duphong/core';
import { api, data, ApiError } from '../api/client.js';
import { useI18n, useMessages } from '../i18n.js';
import { microfilmMessages } from '../i18n/microfilm.js';
import { useSessionUser } from '../session/SessionGate.js';
import './catalogue-edit.css';
import './microfilm.css';

/*
 * The forms of the microfilm page: register a reel, add a frame range, add a film copy, record an
 * inspection. Each posts to the API and refreshes the list; a refusal shows its DP-FILM findings.
 */

type Warnings = Array<{ code: string; vi: string; en: string }>;

function useSave<T>(send: () => Promise<T>, after: (result: T) => void = () => {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (result) => {
      after(result);
      await queryClient.invalidateQueries({ queryKey: ['microfilm'] });
    },
  });
}

function Shell({
  summary,
  mutation,
  children,
  warnings,
}: {
  summary: string;
  mutation: ReturnType<typeof useSave>;
  children: ReactNode;
  warnings?: Warnings;
}) {
  const m = useMessages(microfilmMessages);
  const { lang } = useI18n();
  const error = mutation.error instanceof ApiError ? mutation.error : null;
  return (
    <details className="panel">
      <summary>{summary}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        <div className="form-grid">{children}</div>
        <p className="form-actions">
          <button type="submit" disabled={mutation.isPending}>
            {m('save')}
          </button>
        </p>
      </form>
      {mutation.isSuccess && (
        <p className="notice" role="status">
          {m('saved')}
          {warnings &&
            warnings.length > 0 &&
            ` ${m('warnings')} ${warnings.map((w) => `${w.code}: ${lang === 'en' ? w.en : w.vi}`).join(' ')}`}
        </p>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error.message}</p>
          <ul>
            {error.findings.map((f, i) => (
              <li key={i}>{`${f.code}: ${f.message}`}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

export function ReelForm() {
  const m = useMessages(microfilmMessages);
  const user = useSessionUser();
  const [f, setF] = useState({
    code: '',
    unitId: user.units !== 'all' && user.units.length === 1 ? user.units[0]! : '',
    filmType: '35mm' as (typeof FILM_TYPES)[number],
    generation: 'master' as (typeof FILM_GENERATIONS)[number],
    filmedDate: '',
    frameCount: '',
    reductionRatio: '',
    standard: '',
    notes: '',
  });
  const [warnings, setWarnings] = useState<Warnings>([]);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const save = useSave(
    () => data(api.POST('/api/microfilm/reels', { body: { ...f, unitId: f.unitId.trim() || null, frameCount: Number(f.frameCount) } })),
    (r) => setWarnings(r.findings),
  );
  return (
    <Shell summary={m('newReel')} mutation={save} warnings={warnings}>
      <Field id="mf-code" label={m('code')}>
        <input id="mf-code" required value={f.code} onChange={set('code')} placeholder="VP-15-0001" />
      </Field>
      <Field id="mf-unit" label={m('unit')}>
        <input id="mf-unit" value={f.unitId} onChange={set('unitId')} />
      </Field>
      <Field id="mf-type" label={m('filmType')}>
        <select id="mf-type" value={f.filmType} onChange={set('filmType')}>
          {FILM_TYPES.map((t) => (
            <option key={t} value={t}>
              {m(`type.${t}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="mf-generation" label={m('generation')}>
        <select id="mf-generation" value={f.generation} onChange={set('generation')}>
          {FILM_GENERATIONS.map((g) => (
            <option key={g} value={g}>
              {m(`generation.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id="mf-date" label={m('filmedDate')}>
        <input id="mf-date" required value={f.filmedDate} onChange={set('filmedDate')} placeholder="15/06/1998" />
      </Field>
      <Field id="mf-frames" label={m('frameCount')}>
        <input id="mf-frames" required inputMode="numeric" value={f.frameCount} onChange={set('frameCount')} />
      </Field>
      <Field id="mf-ratio" label={m('ratio')}>
        <input id="mf-ratio" value={f.reductionRatio} onChange={set('reductionRatio')} placeholder="1:14" />
      </Field>
      <Field id="mf-standard" label={m('standard')}>
        <input id="mf-standard" value={f.standard} onChange={set('standard')} />
      </Field>
      <Field id="mf-notes" label={m('notes')}>
        <input id="mf-notes" value={f.notes} onChange={set('notes')} />
      </Field>
    </Shell>
  );
}

export function FramesForm({ reelId }: { reelId: string }) {
  const m = useMessages(microfilmMessages);
  const [f, setF] = useState({ fileCode: '', documentId: '', frameFrom: '', frameTo: '' });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const range = {
    fileCode: f.fileCode.trim(),
    documentId: f.documentId.trim() || null,
    frameFrom: Number(f.frameFrom),
    frameTo: Number(f.frameTo),
  };
  const save = useSave(() =>
    data(api.PUT('/api/microfilm/reels/{id}/frames', { params: { path: { id: reelId } }, body: { frames: [range], append: true } })),
  );
  return (
    <Shell summary={m('addFrames')} mutation={save}>
      <Field id={`fr-file-${reelId}`} label={m('file')}>
        <input id={`fr-file-${reelId}`} required value={f.fileCode} onChange={set('fileCode')} />
      </Field>
      <Field id={`fr-doc-${reelId}`} label={m('document')}>
        <input id={`fr-doc-${reelId}`} value={f.documentId} onChange={set('documentId')} />
      </Field>
      <Field id={`fr-from-${reelId}`} label={m('from')}>
        <input id={`fr-from-${reelId}`} required inputMode="numeric" value={f.frameFrom} onChange={set('frameFrom')} />
      </Field>
      <Field id={`fr-to-${reelId}`} label={m('to')}>
        <input id={`fr-to-${reelId}`} required inputMode="numeric" value={f.frameTo} onChange={set('frameTo')} />
      </Field>
    </Shell>
  );
}

export function CopyForm({ reelId }: { reelId: string }) {
  const m = useMessages(microfilmMessages);
  const [f, setF] = useState({ code: '', generation: 'duplicate-negative', location: '', medium: '', createdDate: '', condition: '01' });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const save = useSave(() =>
    data(
      api.POST('/api/microfilm/reels/{id}/duplicates', {
        params: { path: { id: reelId } },
        body: {
          code: f.code,
          generation: f.generation as (typeof FILM_GENERATIONS)[number],
          location: f.location,
          medium: f.medium,
          createdDate: f.createdDate.trim() || null,
          condition: f.condition as (typeof FILM_CONDITIONS)[number],
        },
      }),
    ),
  );
  return (
    <Shell summary={m('addCopy')} mutation={save}>
      <Field id={`cp-code-${reelId}`} label={m('copy')}>
        <input id={`cp-code-${reelId}`} required value={f.code} onChange={set('code')} />
      </Field>
      <Field id={`cp-gen-${reelId}`} label={m('generation')}>
        <select id={`cp-gen-${reelId}`} value={f.generation} onChange={set('generation')}>
          {FILM_GENERATIONS.map((g) => (
            <option key={g} value={g}>
              {m(`generation.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`cp-loc-${reelId}`} label={m('location')}>
        <input id={`cp-loc-${reelId}`} required value={f.location} onChange={set('location')} />
      </Field>
      <Field id={`cp-medium-${reelId}`} label={m('medium')}>
        <input id={`cp-medium-${reelId}`} value={f.medium} onChange={set('medium')} placeholder="polyester" />
      </Field>
      <Field id={`cp-date-${reelId}`} label={m('copyDate')}>
        <input id={`cp-date-${reelId}`} value={f.createdDate} onChange={set('createdDate')} />
      </Field>
      <Field id={`cp-cond-${reelId}`} label={m('condition')}>
        <select id={`cp-cond-${reelId}`} value={f.condition} onChange={set('condition')}>
          {FILM_CONDITIONS.map((c) => (
            <option key={c} value={c}>
              {m(`condition.${c}`)}
            </option>
          ))}
        </select>
      </Field>
    </Shell>
  );
}

export function InspectionForm({ duplicateId }: { duplicateId: string }) {
  const m = useMessages(microfilmMessages);
  const { lang } = useI18n();
  const [f, setF] = useState({ date: '', inspector: '', condition: '01', notes: '' });
  const [signs, setSigns] = useState<string[]>([]);
  const [unreadable, setUnreadable] = useState(false);
  const [warnings, setWarnings] = useState<Warnings>([]);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const save = useSave(
    () =>
      data(
        api.POST('/api/microfilm/duplicates/{id}/inspections', {
          params: { path: { id: duplicateId } },
          body: { ...f, condition: f.condition as (typeof FILM_CONDITIONS)[number], signs, readable: !unreadable },
        }),
      ),
    (r) => setWarnings(r.findings),
  );
  return (
    <Shell summary={m('inspect')} mutation={save} warnings={warnings}>
      <Field id={`in-date-${duplicateId}`} label={m('date')}>
        <input id={`in-date-${duplicateId}`} required value={f.date} onChange={set('date')} />
      </Field>
      <Field id={`in-by-${duplicateId}`} label={m('inspector')}>
        <input id={`in-by-${duplicateId}`} value={f.inspector} onChange={set('inspector')} />
      </Field>
      <fieldset className="film-signs">
        <legend>{m('signs')}</legend>
        {FILM_SIGNS.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={signs.includes(s)}
              onChange={(e) => setSigns(e.target.checked ? [...signs, s] : signs.filter((x) => x !== s))}
            />{' '}
            {FILM_SIGN_LABELS[s][lang]}
          </label>
        ))}
        <label>
          <input type="checkbox" checked={unreadable} onChange={(e) => setUnreadable(e.target.checked)} /> {m('unreadable')}
        </label>
      </fieldset>
      <Field id={`in-cond-${duplicateId}`} label={m('condition')}>
        <select id={`in-cond-${duplicateId}`} value={f.condition} onChange={set('condition')}>
          {FILM_CONDITIONS.map((c) => (
            <option key={c} value={c}>
              {m(`condition.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`in-notes-${duplicateId}`} label={m('notes')}>
        <input id={`in-notes-${duplicateId}`} value={f.notes} onChange={set('notes')} />
      </Field>
    </Shell>
  );
}
