import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { OnlineBadge } from '../components/Status.js';
import { formatBytes, formatNumber } from '../format.js';
import { useI18n } from '../i18n.js';

function HealthSummary() {
  const { t } = useI18n();
  const health = useQuery({ queryKey: ['health'], queryFn: () => data(api.GET('/api/health')), refetchInterval: 30_000 });
  return (
    <section aria-labelledby="health-title">
      <h2 id="health-title">{t('health.title')}</h2>
      <DataState loaded={health}>
        {(h) => (
          <dl className="stats">
            <div>
              <dt>{t('health.sitesOnline')}</dt>
              <dd className={h.sites.online < h.sites.total ? 'warn' : undefined}>
                {h.sites.online}/{h.sites.total}
              </dd>
            </div>
            <div>
              <dt>{t('health.journal')}</dt>
              <dd className={h.journalPending > 0 ? 'warn' : undefined}>{h.journalPending}</dd>
            </div>
            <div>
              <dt>{t('health.catalogue')}</dt>
              <dd>{h.catalogue === 'sqlite' ? 'SQLite' : 'PostgreSQL'}</dd>
            </div>
            <div>
              <dt>{t('health.version')}</dt>
              <dd>{h.version}</dd>
            </div>
          </dl>
        )}
      </DataState>
    </section>
  );
}

function SitesTable() {
  const { t, lang } = useI18n();
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => data(api.GET('/api/sites')), refetchInterval: 30_000 });
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sites.title')}</h2>
      <DataState loaded={sites}>
        {(list) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sites.name')}</th>
                <th scope="col">{t('sites.kind')}</th>
                <th scope="col">{t('sites.region')}</th>
                <th scope="col">{t('sites.medium')}</th>
                <th scope="col">{t('sites.online')}</th>
                <th scope="col" className="num">
                  {t('sites.objects')}
                </th>
                <th scope="col" className="num">
                  {t('sites.bytes')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.name} data-site={s.name}>
                  <th scope="row">{s.name}</th>
                  <td>{s.kind}</td>
                  <td>{t(`region.${s.region}`)}</td>
                  <td>{t(`medium.${s.medium}`)}</td>
                  <td>
                    <OnlineBadge online={s.online} />
                  </td>
                  <td className="num">{formatNumber(s.objects, lang)}</td>
                  <td className="num">{formatBytes(s.bytes, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </DataState>
    </section>
  );
}

export function Overview() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('nav.overview')}</h1>
      <HealthSummary />
      <SitesTable />
    </>
  );
}
