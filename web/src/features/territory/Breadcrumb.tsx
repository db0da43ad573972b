import { useTranslation } from 'react-i18next';
import type { CountryDetail, UnitDetail } from '../../api/types.ts';
import { useNames } from '../../app/names.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { FictionalBadge } from '../../app/ui.tsx';

/** Territories › country › region › province… › the unit: every step is a way back up. */
export function Breadcrumb({ territory, unit }: { territory: CountryDetail; unit: UnitDetail | null }) {
  const { t } = useTranslation();
  const { primary } = useNames();
  const c = territory.code;
  return (
    <nav className="crumbs" aria-label={t('territory.breadcrumb')}>
      <ol>
        <li>
          <Link to={paths.territories()}>{t('territories.title')}</Link>
        </li>
        <li>
          {unit ? (
            <Link to={paths.territory(c)}>{primary(territory.names)}</Link>
          ) : (
            <span aria-current="page">{primary(territory.names)}</span>
          )}
          {territory.fictional && <FictionalBadge compact />}
        </li>
        {unit?.ancestors.map((a) => (
          <li key={`${a.level}:${a.code}`}>
            <Link to={paths.unit(c, a.code, a.level)}>{primary(a.names)}</Link>
          </li>
        ))}
        {unit && (
          <li>
            <span aria-current="page">{primary(unit.names)}</span>
          </li>
        )}
      </ol>
    </nav>
  );
}
