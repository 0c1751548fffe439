import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatBytes, formatDateTime } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { siteMessages } from '../i18n/sites.js';
import { AddSiteForm, EditSite } from './SitesForm.js';
import { SitesAudit } from './SitesAudit.js';

/** Whether the replication policy is met, said first and plainly: never green while something is short. */
function Policy() {
  const m = useMessages(siteMessages);
  const policy = useQuery({ queryKey: ['policy'], queryFn: () => data(api.GET('/api/policy')) });
  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">{m('policy')}</h2>
      <DataState loaded={policy}>
        {(p) => (
          <>
            <p>{m('policyRule', { copies: p.copies, regions: p.minRegions, media: p.minMedia })}</p>
            {p.met ? (
              <p className="notice">
                <span className="badge badge-ok">✓</span> {m('policyMet', { meeting: p.objects.meeting, total: p.objects.total })}
              </p>
            ) : (
              <div role="alert" className="notice notice-error">
                <strong>{m('policyUnmet')}</strong>
                <ul>
                  {p.shortfalls.map((s) => (
                    <li key={s.code}>{s.message}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </DataState>
    </section>
  );
}

export function Sites() {
  const m = useMessages(siteMessages);
  const { lang } = useI18n();
  const [editing, setEditing] = useState<string>();
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => data(api.GET('/api/sites')) });
  return (
    <>
      <h1>{m('title')}</h1>
      <Policy />
      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{m('sites')}</h2>
        <DataState loaded={sites}>
          {(list) =>
            list.length === 0 ? (
              <p className="muted">{m('noSites')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{m('name')}</th>
                    <th scope="col">{m('kind')}</th>
                    <th scope="col">{m('region')}</th>
                    <th scope="col">{m('medium')}</th>
                    <th scope="col">{m('online')}</th>
                    <th scope="col" className="num">
                      {m('objects')}
                    </th>
                    <th scope="col" className="num">
                      {m('size')}
                    </th>
                    <th scope="col">{m('fill')}</th>
                    <th scope="col">{m('lastVerified')}</th>
                    <th scope="col">{m('description')}</th>
                    <th scope="col" aria-label={m('edit')} />
                  </tr>
                </thead>
                <tbody>
                  {list.map((s) => (
                    <tr key={s.name}>
                      <th scope="row">
                        {s.name}
                        <div className="muted path">{s.location}</div>
                      </th>
                      <td>{s.kind}</td>
                      {editing === s.name ? (
                        <td colSpan={8}>
                          <EditSite site={s} onDone={() => setEditing(undefined)} />
                        </td>
                      ) : (
                        <>
                          <td>{m(`region.${s.region}`)}</td>
                          <td>{m(`medium.${s.medium}`)}</td>
                          <td className={s.online && !s.vanished ? undefined : 'danger'}>
                            {s.vanished ? m('gone') : s.online ? m('yes') : m('no')}
                          </td>
                          <td className="num">{s.objects}</td>
                          <td className="num">{formatBytes(s.bytes, lang)}</td>
                          <td className={s.copies.damaged + s.copies.missing > 0 ? 'warn' : undefined}>{m('copies', s.copies)}</td>
                          <td className="time">{formatDateTime(s.lastVerifiedAt)}</td>
                          <td>{s.description}</td>
                          <td>
                            <button type="button" onClick={() => setEditing(s.name)} aria-label={`${m('edit')} ${s.name}`}>
                              {m('edit')}
                            </button>
                          </td>
                        </>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </DataState>
        <AddSiteForm />
      </section>
      <SitesAudit />
    </>
  );
}
