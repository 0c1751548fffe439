import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { CopyCounts } from '../components/Status.js';
import { formatDateTime, formatNumber } from '../format.js';
import { useI18n } from '../i18n.js';
import { href } from '../router.js';

const PAGE_SIZE = 50;

export function Objects() {
  const { t, lang } = useI18n();
  const [offset, setOffset] = useState(0);
  const page = useQuery({
    queryKey: ['objects', offset],
    queryFn: () => data(api.GET('/api/objects', { params: { query: { limit: PAGE_SIZE, offset } } })),
  });
  return (
    <>
      <h1>{t('objects.title')}</h1>
      <DataState loaded={page}>
        {(p) =>
          p.total === 0 ? (
            <p className="muted">{t('objects.empty')}</p>
          ) : (
            <>
              <p>
                {t('objects.total')}: {formatNumber(p.total, lang)}
              </p>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('objects.fileCode')}</th>
                    <th scope="col">{t('objects.titleCol')}</th>
                    <th scope="col" className="num">
                      {t('objects.head')}
                    </th>
                    <th scope="col">{t('objects.copies')}</th>
                    <th scope="col">{t('objects.updatedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.objects.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">
                        <a href={href({ page: 'object', code: o.fileCode })}>{o.fileCode}</a>
                      </th>
                      <td>{o.title ?? t('none')}</td>
                      <td className="num">v{o.head}</td>
                      <td>
                        <CopyCounts counts={o.copies} />
                      </td>
                      <td className="time">{formatDateTime(o.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <nav className="pager" aria-label={t('objects.title')}>
                <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                  {t('objects.previous')}
                </button>
                <button type="button" disabled={offset + PAGE_SIZE >= p.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
                  {t('objects.next')}
                </button>
              </nav>
            </>
          )
        }
      </DataState>
    </>
  );
}
