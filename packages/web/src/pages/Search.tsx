import { useEffect, useState } from 'react';
import { toggleFacet } from '../facets.js';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatNumber } from '../format.js';
import { useI18n, type MessageKey, type Translate } from '../i18n.js';
import { href } from '../router.js';

const FACETS = ['fonds', 'year', 'mode', 'backup'] as const;
const PAGE_SIZE = 20;

/** Search over files and documents: folded Vietnamese, facets as filters, access levels applied by the server. */
export function Search({ query }: { query: string }) {
  const { t, lang } = useI18n();
  const [text, setText] = useState(query);
  const [filters, setFilters] = useState<Partial<Record<(typeof FACETS)[number], string>>>({});
  const [offset, setOffset] = useState(0);
  useEffect(() => setText(query), [query]);
  const result = useQuery({
    queryKey: ['search', query, offset, filters],
    queryFn: () => data(api.GET('/api/search', { params: { query: { q: query, limit: PAGE_SIZE, offset, ...filters } } })),
  });
  const toggle = (facet: (typeof FACETS)[number], value: string) => {
    setOffset(0);
    setFilters((f) => toggleFacet(f, facet, value));
  };
  return (
    <>
      <h1>{t('search.title')}</h1>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          window.location.hash = href({ page: 'search', query: text });
        }}
      >
        <label htmlFor="search-q">{t('search.label')}</label>{' '}
        <input
          id="search-q"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('search.placeholder')}
          size={40}
        />{' '}
        <button type="submit">{t('search.submit')}</button>
      </form>
      <DataState loaded={result}>
        {(r) => (
          <div className="search">
            <aside aria-label={t('search.facets')}>
              {FACETS.map((facet) =>
                r.facets[facet].length === 0 ? null : (
                  <section key={facet}>
                    <h3>{t(`search.facet.${facet}`)}</h3>
                    <ul className="facets">
                      {r.facets[facet].slice(0, 12).map((f) => (
                        <li key={f.value}>
                          <label>
                            <input type="checkbox" checked={filters[facet] === f.value} onChange={() => toggle(facet, f.value)} />{' '}
                            {facetLabel(t, facet, f.value)} <span className="muted">({formatNumber(f.count, lang)})</span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  </section>
                ),
              )}
            </aside>
            <section>
              <p>
                {t('search.total')}: {formatNumber(r.total, lang)}{' '}
                <span className="muted">
                  ({t('search.levels')}: {r.levels.join(', ')})
                </span>
              </p>
              <ol className="hits" start={offset + 1}>
                {r.hits.map((h) => (
                  <li key={`${h.kind}:${h.code}`}>
                    <span className="muted">{t(`search.kind.${h.kind}`)}</span>{' '}
                    <a href={href({ page: 'object', code: h.fileCode ?? h.code })}>{h.code}</a> —{' '}
                    <Highlighted title={h.title} spans={h.highlight ?? []} />
                    <span className="muted">
                      {' '}
                      · {h.fondsCode ?? t('none')} · {h.year ?? '—'} · {t('search.mode')} {h.mode}
                    </span>
                  </li>
                ))}
              </ol>
              <nav className="pager" aria-label={t('search.title')}>
                <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                  {t('objects.previous')}
                </button>
                <button type="button" disabled={offset + PAGE_SIZE >= r.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
                  {t('objects.next')}
                </button>
              </nav>
            </section>
          </div>
        )}
      </DataState>
    </>
  );
}

const BACKUP_VALUES = new Set(['none', 'pending', 'ok', 'damaged']);
const MODE_VALUES = new Set(['01', '02', '03']);

/** Facet values people read: backup states and access levels named, other values as they are. */
function facetLabel(t: Translate, facet: (typeof FACETS)[number], value: string): string {
  if (facet === 'backup' && BACKUP_VALUES.has(value)) return t(`search.backup.${value}` as MessageKey);
  if (facet === 'mode' && MODE_VALUES.has(value)) return `${value} ${t(`search.modeName.${value}` as MessageKey)}`;
  return value;
}

function Highlighted({ title, spans }: { title: string; spans: ReadonlyArray<readonly number[]> }) {
  const parts: Array<{ text: string; hit: boolean }> = [];
  let at = 0;
  for (const [start = 0, end = 0] of [...spans].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))) {
    if (start < at) continue;
    if (start > at) parts.push({ text: title.slice(at, start), hit: false });
    parts.push({ text: title.slice(start, end), hit: true });
    at = end;
  }
  if (at < title.length) parts.push({ text: title.slice(at), hit: false });
  return <>{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
