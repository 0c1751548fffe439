import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { setApiLanguage } from './api/client.js';
import { LangContext, translator, useI18n, type Lang } from './i18n.js';
import { useRoute, type Route } from './router.js';
import { SideNav } from './shell/SideNav.js';
import { CodeListChangeNotice } from './components/CodeListChangeNotice.js';
import { SessionGate, useCan } from './session/SessionGate.js';
import { Overview } from './pages/Overview.js';
import { Objects } from './pages/Objects.js';
import { RecordPage } from './pages/RecordPage.js';
import { Catalogue } from './pages/Catalogue.js';
import { Audits } from './pages/Audits.js';
import { Incidents } from './pages/Incidents.js';
import { Search } from './pages/Search.js';
import { CodeLists } from './pages/CodeLists.js';
import { Selection } from './pages/Selection.js';
import { BackupListDetail } from './pages/BackupListDetail.js';
import { Sites } from './pages/Sites.js';
import { ReaderRoom } from './pages/ReaderRoom.js';
import { RequestsReview } from './pages/RequestsReview.js';
import { Digitisation } from './pages/Digitisation.js';
import { DigitisationBatch } from './pages/DigitisationBatch.js';
import { DigitisationReview } from './pages/DigitisationReview.js';
import { Microfilm } from './pages/Microfilm.js';
import { Reports } from './pages/Reports.js';
import { Units } from './pages/Units.js';
import { Users } from './pages/Users.js';
import { Tokens } from './pages/Tokens.js';
import { AccessLog } from './pages/AccessLog.js';
import { Intake } from './pages/Intake.js';
import { CatalogueImport } from './pages/CatalogueImport.js';
import { Portal } from './pages/Portal.js';

const LANG_KEY = 'duphong.lang';

function Header({ lang, setLang, account }: { lang: Lang; setLang: (l: Lang) => void; account: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="top">
      <a className="skip" href="#main">
        {t('skipToContent')}
      </a>
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◈
        </span>
        <span>
          <strong>{t('appName')}</strong> <span className="muted">{t('tagline')}</span>
        </span>
      </div>
      <div className="lang">
        <label htmlFor="lang-select">{t('language')}</label>
        <select id="lang-select" value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'vi')}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </div>
      {account}
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
      // Every catalogue file has a page, with or without a backup copy.
      return <RecordPage key={route.code} code={route.code} />;
    case 'catalogue':
      return <Catalogue />;
    case 'audits':
      return <Audits />;
    case 'incidents':
      return <Incidents />;
    case 'codeLists':
      return <CodeLists listId={route.listId} />;
    case 'search':
      return <Search query={route.query} />;
    case 'selection':
      return <Selection />;
    case 'backupList':
      return <BackupListDetail key={route.id} id={route.id} />;
    case 'sites':
      return <Sites />;
    case 'reading':
      return <ReaderRoom />;
    case 'requests':
      return <RequestsReview />;
    case 'units':
      return <Units />;
    case 'users':
      return <Users />;
    case 'tokens':
      return <Tokens />;
    case 'accessLog':
      return <AccessLog />;
    case 'intake':
      return <Intake />;
    case 'catalogueImport':
      return <CatalogueImport />;
    case 'digitisation':
      return <Digitisation />;
    case 'digitisationBatch':
      return <DigitisationBatch id={route.id} />;
    case 'digitisationReview':
      return <DigitisationReview />;
    case 'microfilm':
      return <Microfilm />;
    case 'reports':
      return <Reports />;
    case 'portal':
      return <Portal />;
  }
}

function Shell({ route }: { route: Route }) {
  const can = useCan();
  return (
    <div className="shell">
      <SideNav route={route} can={can} />
      <main id="main" tabIndex={-1}>
        {can('codelists.read') && <CodeListChangeNotice />}
        <Page route={route} />
      </main>
    </div>
  );
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
      {route.page === 'portal' ? (
        // The national portal is public (decision 0027): no sign-in gate; a signed-in visitor's
        // cookie still goes with the search, and the server shows them what their role allows.
        <>
          <Header lang={lang} setLang={setLang} account={null} />
          <main id="main">
            <Portal />
          </main>
        </>
      ) : (
        <SessionGate
          frame={(account, body) => (
            <>
              <Header lang={lang} setLang={setLang} account={account} />
              {account ? body : <main id="main">{body}</main>}
            </>
          )}
        >
          <Shell route={route} />
        </SessionGate>
      )}
    </LangContext.Provider>
  );
}
