import { useRef, useState } from 'react';
import { ApiError } from '../api/client.js';
import { formatBytes } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { intakeMessages } from '../i18n/intake.js';
import { FileUpload, pathOf, type FileProgress, type UploadFailure } from '../upload.js';

/** Upload a set of files one after another; the ids of the finished uploads, in order. */
export function useUploads() {
  const [rows, setRows] = useState<FileProgress[]>([]);
  const [paused, setPaused] = useState(false);
  const current = useRef<FileUpload | null>(null);

  async function run(files: File[]): Promise<string[]> {
    setRows(files.map((f) => ({ name: pathOf(f), sent: 0, total: f.size })));
    setPaused(false);
    const ids: string[] = [];
    for (const [i, file] of files.entries()) {
      const set = (patch: Partial<FileProgress>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
      const upload = new FileUpload(file, (sent, total) => set({ sent, total }));
      current.current = upload;
      try {
        const id = await upload.start();
        set({ sent: file.size, id });
        ids.push(id);
      } catch (e) {
        const failure = { ...(e as UploadFailure), file: pathOf(file) };
        set({ error: failure });
        throw failure;
      }
    }
    current.current = null;
    return ids;
  }

  return {
    rows,
    paused,
    run,
    pause: () => {
      current.current?.pause();
      setPaused(true);
    },
    resume: () => {
      current.current?.resume();
      setPaused(false);
    },
  };
}

const pct = (sent: number, total: number) => (total === 0 ? 100 : Math.floor((sent * 100) / total));

/** Per-file and total progress, in KB/MB and percent, as a table a screen reader can follow. */
export function UploadProgress({ rows }: { rows: FileProgress[] }) {
  const m = useMessages(intakeMessages);
  const { lang } = useI18n();
  if (rows.length === 0) return null;
  const sent = rows.reduce((a, r) => a + r.sent, 0);
  const total = rows.reduce((a, r) => a + r.total, 0);
  const text = (s: number, t: number) => m('progressText', { sent: formatBytes(s, lang), total: formatBytes(t, lang), pct: pct(s, t) });
  return (
    <section aria-labelledby="upload-progress-title">
      <h2 id="upload-progress-title">{m('progressTitle')}</h2>
      <p>
        <label htmlFor="upload-total">{m('total')}</label> <progress id="upload-total" max={Math.max(total, 1)} value={sent} />{' '}
        <span data-testid="upload-total">{text(sent, total)}</span>
      </p>
      <table className="uploads">
        <tbody>
          {rows.slice(0, 200).map((r) => (
            <tr key={r.name}>
              <td>{r.name}</td>
              <td>
                <progress max={Math.max(r.total, 1)} value={r.sent} aria-label={r.name} />
              </td>
              <td>{text(r.sent, r.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A failed upload or API call as one Vietnamese (or English) sentence with its code. */
export function useErrorText() {
  const m = useMessages(intakeMessages);
  return (e: unknown, name = ''): string => {
    if (e instanceof ApiError) return m('errorWithCode', { message: e.message, code: e.code });
    const f = e as Partial<UploadFailure>;
    if (f && typeof f.code === 'string') {
      name = f.file ?? name;
      const message =
        f.status === 413
          ? `${m('tooLarge', { name })} ${f.message}`.trim()
          : f.status === 0
            ? m('network', { name })
            : f.message || m('uploadFailed', { name });
      return m('errorWithCode', { message, code: f.code });
    }
    return String(e);
  };
}
