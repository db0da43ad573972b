import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { paths } from './paths.ts';
import { Link } from './router.tsx';
import type { Section } from './routes.tsx';
import { lastTerritory } from './territory.ts';
import { TerritoryChip } from './TerritoryChip.tsx';

interface NavItem {
  section: Section;
  label: string;
  /** Null when the item needs a territory and none is chosen yet. */
  to(country: string | null): string | null;
}

const NAV: NavItem[] = [
  { section: 'territory', label: 'nav.territory', to: (c) => (c ? paths.territory(c) : paths.territories()) },
  { section: 'cooperation', label: 'nav.cooperation', to: (c) => (c ? paths.cooperation(c) : null) },
  { section: 'imports', label: 'nav.imports', to: () => paths.imports() },
];

export function Header({ section, country }: { section: Section | null; country: string | null }) {
  const { t } = useTranslation();
  const current = country ?? lastTerritory();
  return (
    <header className="header">
      <Link to={paths.territories()} className="brand">
        <span className="brand-name">{t('common:app.name')}</span>
        <span className="brand-tagline">{t('common:app.tagline')}</span>
      </Link>
      {current && <TerritoryChip country={current} />}
      <nav className="nav" aria-label={t('nav.label')}>
        {NAV.map((item) => {
          const to = item.to(current);
          if (!to) return null;
          return (
            <Link key={item.section} to={to} className="nav-link" aria-current={item.section === section ? 'page' : undefined}>
              {t(item.label)}
            </Link>
          );
        })}
      </nav>
      <LanguageSwitch />
    </header>
  );
}
