import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useNames } from '../../app/names.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { Empty, ErrorNote, FictionalBadge, Loading, OtherName } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { useFormat } from '../../app/format.ts';
import './territory.css';

/** The first screen: which territory to work on. */
export function TerritoryList() {
  const { t } = useTranslation();
  const { primary, secondary } = useNames();
  const fmt = useFormat();
  const { data, error, reload } = useResource((s) => api.countries(s), []);

  return (
    <div className="page">
      <h1>{t('territories.title')}</h1>
      <p className="lede">{t('territories.lede')}</p>
      {error && <ErrorNote error={error} onRetry={reload} />}
      {!data && !error && <Loading />}
      {data?.length === 0 && (
        <Empty>
          {t('territories.none')} <Link to={paths.imports()}>{t('nav.imports')}</Link>
        </Empty>
      )}
      <ul className="territory-cards" aria-label={t('territories.title')}>
        {data?.map((c) => {
          const other = secondary(c.names);
          return (
            <li key={c.code}>
              <Link to={paths.territory(c.code)} className="territory-card" data-country={c.code}>
                <span className="territory-card-name">{primary(c.names)}</span>
                {other && <OtherName {...other} />}
                {c.names.zgh && (
                  <span className="tifinagh" lang="zgh">
                    {c.names.zgh}
                  </span>
                )}
                <span className="muted">
                  {c.code} · {t('territories.units', { count: c.units, formatted: fmt.number(c.units) })}
                </span>
                {c.fictional && <FictionalBadge />}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
