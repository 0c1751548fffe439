import { useQuery } from '@tanstack/react-query';
import { FILM_SIGN_LABELS } from '@duphong/core';
import { api, data, type ApiData } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDay } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { microfilmMessages } from '../i18n/microfilm.js';
import { href } from '../router.js';
import { useCan } from '../session/SessionGate.js';
import { CopyForm, FramesForm, InspectionForm, ReelForm } from './MicrofilmForms.js';

export type ReelRow = ApiData<'/api/microfilm/reels', 'get'>['reels'][number];

/** Film signs in the reader's language; a code outside the list as written. */
export function useSignWords(): (signs: readonly string[]) => string {
  const { lang } = useI18n();
  const m = useMessages(microfilmMessages);
  return (signs) =>
    signs.map((s) => (s in FILM_SIGN_LABELS ? FILM_SIGN_LABELS[s as keyof typeof FILM_SIGN_LABELS][lang] : s)).join(', ') || m('noSigns');
}

function Reel({ reel, canWrite }: { reel: ReelRow; canWrite: boolean }) {
  const m = useMessages(microfilmMessages);
  const signWords = useSignWords();
  return (
    <section className="panel" aria-labelledby={`reel-${reel.id}`} data-reel={reel.code}>
      <h2 id={`reel-${reel.id}`}>
        {reel.code}{' '}
        <span className="muted">{`${m(`type.${reel.filmType}`)} · ${m(`generation.${reel.generation}`)} · ${formatDay(reel.filmedDate)} · ${reel.frameCount} ${m('frames').toLowerCase()}${reel.reductionRatio ? ` · ${reel.reductionRatio}` : ''}${reel.unitId ? ` · ${reel.unitId}` : ''}`}</span>
      </h2>
      {reel.notes && <p>{reel.notes}</p>}
      <h3>{m('frames')}</h3>
      {reel.frames.length === 0 ? (
        <p className="muted">{m('noFrames')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m('frames')}</th>
              <th scope="col">{m('file')}</th>
              <th scope="col">{m('document')}</th>
            </tr>
          </thead>
          <tbody>
            {reel.frames.map((f) => (
              <tr key={f.frameFrom}>
                <td className="num">{`${f.frameFrom}–${f.frameTo}`}</td>
                <td>
                  <a href={href({ page: 'object', code: f.fileCode })}>{f.fileCode}</a>
                </td>
                <td>{f.documentId ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite && <FramesForm reelId={reel.id} />}
      <h3>{m('copies')}</h3>
      {reel.duplicates.length === 0 ? (
        <p className="muted">{m('noCopies')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m('copy')}</th>
              <th scope="col">{m('generation')}</th>
              <th scope="col">{m('location')}</th>
              <th scope="col">{m('condition')}</th>
              <th scope="col">{m('inspections')}</th>
            </tr>
          </thead>
          <tbody>
            {reel.duplicates.map((d) => (
              <tr key={d.id} data-copy={d.code}>
                <th scope="row">{d.code}</th>
                <td>{m(`generation.${d.generation}`)}</td>
                <td>
                  {d.location}
                  {d.medium && <div className="muted">{d.medium}</div>}
                </td>
                <td>
                  <span className={`badge condition-${d.condition}`}>{m(`condition.${d.condition}`)}</span>
                </td>
                <td>
                  <ul className="film-inspections">
                    {d.inspections.map((i) => (
                      <li key={i.id}>
                        {`${formatDay(i.date)} · ${i.inspector || '—'} · ${signWords(i.signs)}${i.readable ? '' : ` · ${m('unreadable')}`}`}
                      </li>
                    ))}
                  </ul>
                  {canWrite && <InspectionForm duplicateId={d.id} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canWrite && <CopyForm reelId={reel.id} />}
    </section>
  );
}

/** `#/vi-phim`: the reels of the user's units with frames, film copies and inspections; forms to register them. */
export function Microfilm() {
  const m = useMessages(microfilmMessages);
  const can = useCan();
  const reels = useQuery({ queryKey: ['microfilm', 'reels'], queryFn: () => data(api.GET('/api/microfilm/reels', {})) });
  const canWrite = can('objects.ingest');
  return (
    <>
      <h1>{m('title')}</h1>
      <p>{m('intro')}</p>
      {canWrite && <ReelForm />}
      <DataState loaded={reels}>
        {(r) =>
          r.reels.length === 0 ? <p>{m('empty')}</p> : r.reels.map((reel) => <Reel key={reel.id} reel={reel} canWrite={canWrite} />)
        }
      </DataState>
    </>
  );
}
