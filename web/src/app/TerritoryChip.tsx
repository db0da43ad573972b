import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { paths } from './paths.ts';
import { Link } from './router.tsx';
import { FictionalBadge } from './ui.tsx';
import { useNames } from './names.ts';
import { useResource } from './useResource.ts';

/** The territory being worked on, always labelled when it is fictional. */
export function TerritoryChip({ country }: { country: string }) {
  const { t } = useTranslation();
  const { data: countries } = useResource((s) => api.countries(s), []);
  const { primary } = useNames();
  const c = countries?.find((x) => x.code === country);
  if (!c) return null;
  return (
    <Link to={paths.territory(c.code)} className="territory-chip" title={t('shell.currentTerritory')}>
      <span>{primary(c.names)}</span>
      {c.fictional && <FictionalBadge compact />}
    </Link>
  );
}
