import { useId, useState, type DragEvent } from 'react';
import { formatBytes } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { intakeMessages } from '../i18n/intake.js';

type Kind = 'sip' | 'scans';

/** Every file under a dropped entry (a folder is read recursively), with its path inside the drop. */
async function filesOf(entry: FileSystemEntry, prefix = ''): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej));
    const path = `${prefix}${file.name}`;
    // webkitRelativePath is read-only on File: keep the dropped path alongside.
    if (prefix) Object.defineProperty(file, 'webkitRelativePath', { value: path });
    return [file];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const out: File[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
    if (batch.length === 0) return out;
    for (const child of batch) out.push(...(await filesOf(child, `${prefix}${entry.name}/`)));
  }
}

interface Props {
  kind: Kind;
  setKind: (k: Kind) => void;
  files: File[];
  setFiles: (f: File[]) => void;
  fileCode: string;
  setFileCode: (v: string) => void;
  title: string;
  setTitle: (v: string) => void;
}

/** What is taken in: a SIP or a folder of scans (chosen or dropped), its file code and title. */
export function IntakeFiles({ kind, setKind, files, setFiles, fileCode, setFileCode, title, setTitle }: Props) {
  const m = useMessages(intakeMessages);
  const { lang } = useI18n();
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const entries = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry()).filter((x): x is FileSystemEntry => !!x);
    const dropped = (await Promise.all(entries.map((en) => filesOf(en)))).flat();
    if (dropped.length === 1 && dropped[0]?.name.toLowerCase().endsWith('.zip')) setKind('sip');
    else if (entries.some((en) => en.isDirectory)) setKind('scans');
    setFiles(dropped);
  };
  return (
    <form onSubmit={(e) => e.preventDefault()} className="intake-form">
      <fieldset>
        <legend>{m('kindLabel')}</legend>
        {(['scans', 'sip'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="intake-kind"
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setFiles([]);
              }}
            />{' '}
            {m(k === 'sip' ? 'kindSip' : 'kindScans')}
          </label>
        ))}
      </fieldset>
      <div
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void onDrop(e)}
      >
        <label htmlFor={`${id}-files`}>{m(kind === 'sip' ? 'chooseSip' : 'chooseFolder')}</label>{' '}
        {kind === 'sip' ? (
          <input
            key="sip"
            id={`${id}-files`}
            type="file"
            accept=".zip,application/zip"
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        ) : (
          <input
            key="scans"
            id={`${id}-files`}
            type="file"
            multiple
            // React does not know webkitdirectory; the attribute is what the browser reads.
            {...{ webkitdirectory: '' }}
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        )}
        <p className="muted">{m('drop')}</p>
        {files.length > 0 && (
          <p data-testid="chosen">
            {m('chosen', {
              n: files.length,
              size: formatBytes(
                files.reduce((a, f) => a + f.size, 0),
                lang,
              ),
            })}
          </p>
        )}
      </div>
      <p>
        <label htmlFor={`${id}-code`}>{m('fileCode')}</label>{' '}
        <input id={`${id}-code`} value={fileCode} onChange={(e) => setFileCode(e.target.value)} aria-describedby={`${id}-code-help`} />{' '}
        <span id={`${id}-code-help`} className="muted">
          {m('fileCodeHelp')}
        </span>
      </p>
      <p>
        <label htmlFor={`${id}-title`}>{m('fileTitle')}</label>{' '}
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          size={50}
          aria-describedby={`${id}-title-help`}
        />{' '}
        <span id={`${id}-title-help`} className="muted">
          {m('fileTitleHelp')}
        </span>
      </p>
    </form>
  );
}
