import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { setApiLanguage } from './api/client.js';
import { LangContext, translator, useI18n, type Lang, type MessageKey } from './i18n.js';
import { href, useRoute, type Route } from './router.js';
import { Overview } from './pages/Overview.js';
import { Objects } from './pages/Objects.js';
import { ObjectDetail } from './pages/ObjectDetail.js';
import { Audits } from './pages/Audits.js';
import { Incidents } from './pages/Incidents.js';
import { Search } from './pages/Search.js';
import { CodeLists } from './pages/CodeLists.js';

const LANG_KEY = 'duphong.lang';

const NAV: Array<{ route: Route; label: MessageKey; pages: Route['page'][] }> = [
  { route: { page: 'overview' }, label: 'nav.overview', pages: ['overview'] },
  { route: { page: 'objects' }, label: 'nav.objects', pages: ['objects', 'object'] },
  { route: { page: 'search', query: '' }, label: 'nav.search', pages: ['search'] },
  { route: { page: 'audits' }, label: 'nav.audits', pages: ['audits'] },
  { route: { page: 'incidents' }, label: 'nav.incidents', pages: ['incidents'] },
  { route: { page: 'codeLists' }, label: 'nav.codeLists', pages: ['codeLists'] },
];

function Header({ route, lang, setLang }: { route: Route; lang: Lang; setLang: (l: Lang) => void }) {
  const { t } = useI18n();
  return (
    <header className="top">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◈
        </span>
        <span>
          <strong>{t('appName')}</strong> <span className="muted">{t('tagline')}</span>
        </span>
      </div>
      <nav aria-label={t('navLabel')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.label}>
              <a href={href(item.route)} aria-current={item.pages.includes(route.page) ? 'page' : undefined}>
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="lang">
        <label htmlFor="lang-select">{t('language')}</label>
        <select id="lang-select" value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'vi')}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </div>
    </header>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'overview':
      return <Overview />;
    case 'objects':
      return <Objects />;
    case 'object':
      return <ObjectDetail key={route.code} code={route.code} />;
    case 'audits':
      return <Audits />;
    case 'incidents':
      return <Incidents />;
    case 'codeLists':
      return <CodeLists listId={route.listId} />;
    case 'search':
      return <Search query={route.query} />;
  }
}

export function App() {
  const route = useRoute();
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi'));
  const i18n = useMemo(() => {
    // Set while rendering, before any page's query starts (children's effects run first).
    setApiLanguage(lang);
    return { lang, t: translator(lang) };
  }, [lang]);
  const queryClient = useQueryClient();

  useEffect(() => {
    // Screen readers and hyphenation follow the page language.
    document.documentElement.lang = lang;
    document.title = `DuPhong — ${i18n.t('tagline')}`;
    localStorage.setItem(LANG_KEY, lang);
    // Messages from the server come in the language asked for: ask again in the new one.
    void queryClient.invalidateQueries();
  }, [lang, i18n, queryClient]);

  return (
    <LangContext.Provider value={i18n}>
      <Header route={route} lang={lang} setLang={setLang} />
      <main id="main">
        <Page route={route} />
      </main>
    </LangContext.Provider>
  );
}
