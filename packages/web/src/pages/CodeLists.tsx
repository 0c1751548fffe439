import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, data, type ApiData } from '../api/client.js';

type CodeListItem = ApiData<'/api/code-lists/{id}', 'get'>['version']['items'][number];
import { DataState } from '../components/DataState.js';
import { foldVietnamese } from '@duphong/core';
import { formatNumber } from '../format.js';
import { useI18n } from '../i18n.js';
import { href } from '../router.js';

const DEFAULT_LIST = 'typeName';

/** An item matches when its code starts with the filter or either label contains it, accents and case aside. */
function matches(item: CodeListItem, folded: string): boolean {
  if (folded === '') return true;
  return (
    item.code.toLowerCase().startsWith(folded) ||
    foldVietnamese(item.labelVi).includes(folded) ||
    (item.labelEn !== undefined && foldVietnamese(item.labelEn).includes(folded))
  );
}

function ListItems({ listId }: { listId: string }) {
  const { t, lang } = useI18n();
  const detail = useQuery({
    queryKey: ['code-list', listId],
    queryFn: () => data(api.GET('/api/code-lists/{id}', { params: { path: { id: listId } } })),
  });
  const [filter, setFilter] = useState('');
  const folded = foldVietnamese(filter);
  return (
    <DataState loaded={detail}>
      {({ list, version }) => {
        const shown = version.items.filter((i) => matches(i, folded));
        return (
          <section aria-labelledby="code-list-name">
            <h2 id="code-list-name">
              {lang === 'vi' ? list.nameVi : list.nameEn} <code>{list.id}</code>
            </h2>
            <dl className="stats">
              <div>
                <dt>{t('codeLists.version')}</dt>
                <dd data-testid="code-list-version">v{version.version}</dd>
              </div>
              <div>
                <dt>{t('codeLists.validFrom')}</dt>
                <dd>{version.validFrom.split('-').reverse().join('/')}</dd>
              </div>
              <div>
                <dt>{t('codeLists.items')}</dt>
                <dd>{formatNumber(version.items.length, lang)}</dd>
              </div>
            </dl>
            <p>
              {t('codeLists.authority')}: {list.authority}
              <br />
              <span className="muted">
                {t('codeLists.source')}: {list.source}
              </span>
              <br />
              {t('codeLists.digest')}:{' '}
              <code className="path" data-testid="code-list-digest">
                {version.digest}
              </code>
            </p>
            <p className="filter">
              <label htmlFor="code-list-filter">{t('codeLists.filter')}</label>{' '}
              <input
                id="code-list-filter"
                type="search"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                aria-describedby="code-list-filter-hint"
              />{' '}
              <span id="code-list-filter-hint" className="muted">
                {t('codeLists.filterHint')}
              </span>
            </p>
            <p aria-live="polite">
              {t('codeLists.shown')}: {formatNumber(shown.length, lang)}/{formatNumber(version.items.length, lang)}
            </p>
            {shown.length === 0 ? (
              <p className="muted">{t('codeLists.noMatch')}</p>
            ) : (
              <table className="code-list">
                <thead>
                  <tr>
                    <th scope="col">{t('codeLists.code')}</th>
                    <th scope="col">{t('codeLists.labelVi')}</th>
                    <th scope="col">{t('codeLists.labelEn')}</th>
                    <th scope="col">{t('codeLists.deprecated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((item) => (
                    <tr key={item.code} data-code={item.code}>
                      <th scope="row">
                        <code>{item.code}</code>
                      </th>
                      <td>
                        {item.labelVi}
                        {item.note ? <span className="muted"> — {item.note}</span> : null}
                      </td>
                      <td>{item.labelEn ?? t('none')}</td>
                      <td>{item.deprecated ? t('yes') : t('none')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      }}
    </DataState>
  );
}

/** Lookup page of the shared code lists (danh mục dùng chung): choose a list, read and filter its items. */
export function CodeLists({ listId }: { listId?: string | undefined }) {
  const { t, lang } = useI18n();
  const lists = useQuery({ queryKey: ['code-lists'], queryFn: () => data(api.GET('/api/code-lists')) });
  const selected = listId ?? DEFAULT_LIST;
  const options = useMemo(() => lists.data?.lists ?? [], [lists.data]);
  return (
    <>
      <h1>{t('codeLists.title')}</h1>
      <p className="muted">{t('codeLists.intro')}</p>
      <DataState loaded={lists}>
        {() =>
          options.length === 0 ? (
            <p className="muted">{t('codeLists.empty')}</p>
          ) : (
            <>
              <p>
                <label htmlFor="code-list-select">{t('codeLists.choose')}</label>{' '}
                <select
                  id="code-list-select"
                  value={selected}
                  onChange={(e) => {
                    window.location.hash = href({ page: 'codeLists', listId: e.target.value });
                  }}
                >
                  {options.map((s) => (
                    <option key={s.list.id} value={s.list.id}>
                      {lang === 'vi' ? s.list.nameVi : s.list.nameEn} ({s.list.id})
                    </option>
                  ))}
                </select>
              </p>
              <ListItems key={selected} listId={selected} />
            </>
          )
        }
      </DataState>
    </>
  );
}
