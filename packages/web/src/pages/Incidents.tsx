import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatDateTime } from '../format.js';
import { useI18n } from '../i18n.js';
import { href } from '../router.js';

export function Incidents() {
  const { t } = useI18n();
  const incidents = useQuery({
    queryKey: ['incidents', 'open'],
    queryFn: () => data(api.GET('/api/incidents', { params: { query: { open: 'true' } } })),
    refetchInterval: 30_000,
  });
  return (
    <>
      <h1>{t('incidents.title')}</h1>
      <DataState loaded={incidents}>
        {({ incidents: list }) =>
          list.length === 0 ? (
            <p className="muted">{t('incidents.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('incidents.createdAt')}</th>
                  <th scope="col">{t('incidents.code')}</th>
                  <th scope="col">{t('incidents.object')}</th>
                  <th scope="col">{t('finding.site')}</th>
                  <th scope="col">{t('finding.path')}</th>
                  <th scope="col">{t('detail.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((i) => (
                  <tr key={i.id}>
                    <th scope="row" className="time">
                      {formatDateTime(i.createdAt)}
                    </th>
                    <td>
                      <code>{i.code}</code>
                    </td>
                    <td>
                      <a href={href({ page: 'object', code: i.objectId })}>
                        <code>{i.objectId}</code>
                      </a>
                    </td>
                    <td>{i.site ?? t('none')}</td>
                    <td>{i.path ?? t('none')}</td>
                    <td>{i.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </DataState>
    </>
  );
}
