import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './Header.tsx';
import { matchPath, useLocation } from './router.tsx';
import { SCREENS } from './routes.tsx';
import { rememberTerritory } from './territory.ts';

/** The shell: header with navigation and language, then the screen the URL names. */
export function App() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const found = SCREENS.map((s) => ({ screen: s, params: matchPath(s.path, pathname) })).find((m) => m.params);
  const country = found?.params?.country ?? null;

  useEffect(() => {
    if (country) rememberTerritory(country);
  }, [country]);

  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('shell.skip')}
      </a>
      <Header section={found?.screen.section ?? null} country={country} />
      <main id="content" className="content">
        {found ? found.screen.render(found.params ?? {}, search) : <NotFoundScreen />}
      </main>
    </div>
  );
}

function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('shell.notFound')}</h1>
    </div>
  );
}
