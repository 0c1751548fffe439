import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { codeLabel } from '@duphong/core';
import { api, data, type ApiData, type ApiFinding } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatNumber } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { catalogueMessages } from '../i18n/catalogue.js';
import { catalogueEditMessages } from '../i18n/catalogue-edit.js';
import { useCan } from '../session/SessionGate.js';
import { FondsEditForm } from './FondsEditForm.js';
import { InspectionList } from './InspectionList.js';
import { SavedNotice } from './SavedNotice.js';

type Holding = ApiData<'/api/fonds/{code}', 'get'>['holdings'][number];

const MEDIA: Record<string, { vi: string; en: string }> = {
  paper: { vi: 'giấy', en: 'paper' },
  film: { vi: 'phim', en: 'film' },
  photo: { vi: 'ảnh', en: 'photo' },
  'tape-disc': { vi: 'băng, đĩa', en: 'tape, disc' },
  woodblock: { vi: 'mộc bản', en: 'woodblock' },
  digital: { vi: 'điện tử', en: 'digital' },
};

export function Holdings({ holdings }: { holdings: readonly Holding[] }) {
  const m = useMessages(catalogueMessages);
  const { lang } = useI18n();
  if (holdings.length === 0) return <p className="muted">{m('cat.noHoldings')}</p>;
  return (
    <table className="holdings">
      <thead>
        <tr>
          <th scope="col">{m('cat.store')}</th>
          <th scope="col">{m('cat.shelf')}</th>
          <th scope="col">{m('cat.box')}</th>
          <th scope="col">{m('cat.medium')}</th>
          <th scope="col">{m('cat.shelfMetres')}</th>
          <th scope="col">{m('cat.condition')}</th>
        </tr>
      </thead>
      <tbody>
        {holdings.map((h) => (
          <tr key={h.id}>
            <td>{h.store ?? '—'}</td>
            <td>{h.shelf ?? '—'}</td>
            <td>{h.box ?? '—'}</td>
            <td>{MEDIA[h.medium]?.[lang] ?? h.medium}</td>
            <td className="num">{h.shelfMetres === null ? '—' : formatNumber(h.shelfMetres, lang)}</td>
            <td>{h.condition ? `${codeLabel('format', h.condition) ?? ''} (${h.condition})` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where single files are kept (the catalogue's box column): the boxes, not one row per file (those are on each file's page). */
function FileBoxes({ holdings }: { holdings: readonly Holding[] }) {
  const m = useMessages(catalogueMessages);
  if (holdings.length === 0) return null;
  const boxes = [...new Set(holdings.map((h) => [h.store, h.shelf, h.box].filter(Boolean).join(' · ')).filter((b) => b !== ''))];
  boxes.sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
  return <p data-file-holdings={holdings.length}>{m('cat.fileBoxes', { n: holdings.length, boxes: boxes.join(', ') })}</p>;
}

/** One fonds: how many files, where it is kept, its condition inspections (damage signs), and its editor. */
export function FondsPanel({ code }: { code: string }) {
  const m = useMessages(catalogueMessages);
  const e = useMessages(catalogueEditMessages);
  const { lang } = useI18n();
  const can = useCan();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<ApiFinding[] | null>(null);
  const fonds = useQuery({
    queryKey: ['fonds-detail', code],
    queryFn: () => data(api.GET('/api/fonds/{code}', { params: { path: { code } } })),
  });
  const inspections = useQuery({
    queryKey: ['inspections', 'fonds', code],
    queryFn: () => data(api.GET('/api/inspections', { params: { query: { kind: 'fonds', code } } })),
  });
  return (
    <section aria-labelledby="fonds-title" className="fonds-panel">
      <DataState loaded={fonds}>
        {(f) => (
          <>
            <h2 id="fonds-title">
              {f.fonds.name} <span className="muted">({f.fonds.code})</span>
            </h2>
            <p>
              {e(`fonds.kind.${f.fonds.kind}`)} · {e(`fonds.status.${f.fonds.status}`)} ·{' '}
              {m('cat.fondsFiles', { n: formatNumber(f.files, lang) })}
            </p>
            {saved && <SavedNotice warnings={saved} />}
            {can('catalogue.write') && !editing && (
              <p>
                <button
                  type="button"
                  onClick={() => {
                    setSaved(null);
                    setEditing(true);
                  }}
                >
                  {e('edit.fonds')}
                </button>
              </p>
            )}
            {editing && (
              <FondsEditForm
                key={f.fonds.updatedAt}
                fonds={f.fonds}
                onReload={() => void fonds.refetch()}
                onDone={(warnings) => {
                  setEditing(false);
                  setSaved(warnings);
                }}
              />
            )}
            <h3>{m('cat.holdings')}</h3>
            <Holdings holdings={f.holdings.filter((h) => h.fileCode === null)} />
            <FileBoxes holdings={f.holdings.filter((h) => h.fileCode !== null)} />
          </>
        )}
      </DataState>
      <h3>{m('cat.inspections')}</h3>
      <DataState loaded={inspections}>{(list) => <InspectionList inspections={list} />}</DataState>
    </section>
  );
}
