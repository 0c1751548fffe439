import type { ApiData } from '../api/client.js';
import { formatDay } from '../format.js';
import { useMessages } from '../i18n.js';
import { microfilmMessages } from '../i18n/microfilm.js';
import { href } from '../router.js';
import { useSignWords } from './Microfilm.js';

type Copy = ApiData<'/api/record-pages/{fileCode}', 'get'>['analogueCopies'][number];

/** The record page's microfilm copies (analogue backup copies), shown beside the copies per site. */
export function AnalogueCopies({ copies }: { copies: Copy[] }) {
  const m = useMessages(microfilmMessages);
  const signWords = useSignWords();
  if (copies.length === 0) return <p className="muted">{m('analogueEmpty')}</p>;
  return (
    <table data-testid="analogue-copies">
      <thead>
        <tr>
          <th scope="col">{m('reels')}</th>
          <th scope="col">{m('copy')}</th>
          <th scope="col">{m('frames')}</th>
          <th scope="col">{m('location')}</th>
          <th scope="col">{m('condition')}</th>
          <th scope="col">{m('lastInspection')}</th>
        </tr>
      </thead>
      <tbody>
        {copies.map((c) => (
          <tr key={c.duplicateId} data-copy={c.duplicateCode}>
            <th scope="row">
              <a href={href({ page: 'microfilm' })}>{c.reelCode}</a>
              <div className="muted">{`${m(`type.${c.filmType}`)} · ${formatDay(c.filmedDate)}`}</div>
            </th>
            <td>
              {c.duplicateCode}
              <div className="muted">{m(`generation.${c.generation}`)}</div>
            </td>
            <td className="num">{c.frames.map((f) => `${f.frameFrom}–${f.frameTo}`).join(', ')}</td>
            <td>{c.location}</td>
            <td>
              <span className={`badge condition-${c.condition}`}>{m(`condition.${c.condition}`)}</span>
              {!c.counts && <div className="muted">{m('notCounted')}</div>}
            </td>
            <td>
              {c.lastInspection
                ? `${formatDay(c.lastInspection.date)} · ${signWords(c.lastInspection.signs)}${c.lastInspection.readable ? '' : ` · ${m('unreadable')}`}`
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
