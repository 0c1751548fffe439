import { useEffect, useState } from 'react';
import { toggleFacet } from '../facets.js';
import { useQuery } from '@tanstack/react-query';
import { api, data } from '../api/client.js';
import { DataState } from '../components/DataState.js';
import { formatNumber } from '../format.js';
import { useI18n, useMessages } from '../i18n.js';
import { portalMessages } from '../i18n/portal.js';
import './portal.css';

type Facet = 'province' | 'fonds';

/** `YYYY-MM-DD` or a range of them, as people read dates (DD/MM/YYYY). */
function displayDates(dates: string | null): string {
  if (!dates) return '—';
  return dates
    .split('/')
    .map((d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : d))
    .join(' – ');
}

/**
 * The national portal (decision 0027): one search over every harvested instance, public (the
 * server shows anonymous visitors level 01 only), facets by province and fonds, hits linking out.
 */
export function Portal() {
  const { lang } = useI18n();
  const m = useMessages(portalMessages);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Partial<Record<Facet, string>>>({});
  const [page, setPage] = useState(1);
  useEffect(() => {
    document.title = `${m('title')} — DuPhong`;
  });
  const result = useQuery({
    queryKey: ['portal', q, filters, page],
    queryFn: () => data(api.GET('/api/portal/search', { params: { query: { q, page, ...filters } } })),
  });
  const toggle = (facet: Facet, value: string) => {
    setPage(1);
    setFilters((f) => toggleFacet(f, facet, value));
  };
  return (
    <div className="portal">
      <h1>{m('title')}</h1>
      <p className="muted">{m('intro')}</p>
      <form
        role="search"
        className="portal-form"
        onSubmit={(e) => {
          e.preventDefault();
          setPage(1);
          setQ(text);
        }}
      >
        <label htmlFor="portal-q">{m('label')}</label>
        <input id="portal-q" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder={m('placeholder')} />
        <button type="submit">{m('submit')}</button>
      </form>
      <DataState loaded={result}>
        {(r) => (
          <div className="search">
            <aside aria-label={`${m('province')}, ${m('fonds')}`}>
              {(['province', 'fonds'] as const).map((facet) =>
                r.facets[facet].length === 0 ? null : (
                  <section key={facet}>
                    <h3>{m(facet)}</h3>
                    <ul className="facets">
                      {r.facets[facet].slice(0, 15).map((f) => (
                        <li key={f.value}>
                          <label>
                            <input type="checkbox" checked={filters[facet] === f.value} onChange={() => toggle(facet, f.value)} /> {f.value}{' '}
                            <span className="muted">({formatNumber(f.count, lang)})</span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  </section>
                ),
              )}
              {Object.keys(filters).length > 0 && (
                <button type="button" onClick={() => (setPage(1), setFilters({}))}>
                  {m('clear')}
                </button>
              )}
            </aside>
            <section>
              <p role="status">
                {r.totalCapped ? m('totalCapped', { n: formatNumber(r.total, lang) }) : m('total', { n: formatNumber(r.total, lang) })}
              </p>
              {r.hits.length === 0 ? (
                <p>{m('empty')}</p>
              ) : (
                <ol className="portal-hits" start={(r.page - 1) * r.pageSize + 1}>
                  {r.hits.map((h) => (
                    <li key={`${h.instance}:${h.fileCode}`}>
                      <a href={h.url} rel="noopener noreferrer" target="_blank">
                        {h.title}
                      </a>
                      <div className="muted">
                        {h.fileCode} · {m('holder')}: {h.province} · {m('fonds')}: {h.fonds.name ?? h.fonds.code ?? '—'} · {m('dates')}:{' '}
                        {displayDates(h.dates)} · {m('access')}: {h.access.label}
                      </div>
                    </li>
                  ))}
                </ol>
              )}
              <nav className="pager" aria-label={m('page', { n: r.page })}>
                <button type="button" disabled={r.page <= 1} onClick={() => setPage(r.page - 1)}>
                  {m('previous')}
                </button>{' '}
                <span className="muted">{m('page', { n: r.page })}</span>{' '}
                <button type="button" disabled={r.page * r.pageSize >= r.total || r.page >= 50} onClick={() => setPage(r.page + 1)}>
                  {m('next')}
                </button>
              </nav>
            </section>
          </div>
        )}
      </DataState>
    </div>
  );
}
