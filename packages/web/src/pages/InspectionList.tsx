import { riskSign } from '@duphong/core';
import type { ApiData } from '../api/client.js';
import { formatDay } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { catalogueMessages } from '../i18n/catalogue.js';

type Inspection = ApiData<'/api/inspections', 'get'>[number];

/** Condition inspections, newest first: date, inspector, the damage signs in words (unknown codes verbatim), readability. */
export function InspectionList({ inspections }: { inspections: readonly Inspection[] }) {
  const m = useMessages(catalogueMessages);
  const { lang } = useI18n();
  if (inspections.length === 0) return <p className="muted">{m('cat.noInspections')}</p>;
  return (
    <table className="inspections">
      <thead>
        <tr>
          <th scope="col">{m('cat.inspDate')}</th>
          <th scope="col">{m('cat.inspector')}</th>
          <th scope="col">{m('cat.signs')}</th>
          <th scope="col">{m('cat.readable')}</th>
        </tr>
      </thead>
      <tbody>
        {inspections.map((i) => (
          <tr key={i.id}>
            <td className="time">{formatDay(i.date)}</td>
            <td>{i.inspector}</td>
            <td data-signs={i.signs.join(' ')}>
              {i.signs.length === 0
                ? m('cat.noSigns')
                : i.signs
                    .map((s) => {
                      const sign = riskSign(s);
                      return sign ? (lang === 'en' ? sign.en : sign.vi) : s;
                    })
                    .join(', ')}
              {i.notes && <div className="muted">{i.notes}</div>}
            </td>
            <td>{i.readable === null ? '—' : i.readable ? m('cat.yes') : m('cat.no')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
