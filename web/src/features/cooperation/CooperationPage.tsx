import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useTerritory } from '../../app/levels.ts';
import { useNames } from '../../app/names.ts';
import { paths } from '../../app/paths.ts';
import { navigate } from '../../app/router.tsx';
import { ErrorNote, FictionalBadge, Loading } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { BodyDetailPanel } from './BodyDetailPanel.tsx';
import { BodyList } from './BodyList.tsx';
import './cooperation.css';

/** The register of existing cooperation: bodies of the territory or of one region, and their members. */
export function CooperationPage({ country, within, body }: { country: string; within: string | null; body?: string }) {
  const { t } = useTranslation();
  const { primary } = useNames();
  const territory = useTerritory(country);
  const root = territory.rootLevels[0]?.id;
  const regions = useResource(
    (s) => (root ? api.units(country, { level: root, limit: 500 }, s) : Promise.resolve(null)),
    [country, root],
  );
  const bodies = useResource((s) => api.bodies(country, within, s), [country, within]);
  const c = territory.territory;

  if (territory.error) return <ErrorNote error={territory.error} onRetry={territory.reload} />;
  if (!c) return <Loading />;
  return (
    <div className="page cooperation-page">
      <header className="page-head">
        <h1>
          {t('cooperation.title')} <span className="muted">· {primary(c.names)}</span>
        </h1>
        {c.fictional && <FictionalBadge />}
        <label className="field-inline">
          <span>{t('cooperation.within')}</span>
          <select value={within ?? ''} onChange={(e) => navigate(paths.cooperation(country, e.target.value || null))}>
            <option value="">{t('cooperation.wholeTerritory')}</option>
            {regions.data?.units.map((u) => (
              <option key={u.code} value={u.code}>
                {primary(u.names)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <div className="cooperation-layout">
        <section className="cooperation-list" aria-label={t('cooperation.bodies')}>
          {bodies.error && <ErrorNote error={bodies.error} onRetry={bodies.reload} />}
          {!bodies.data && !bodies.error && <Loading />}
          {bodies.data && <BodyList country={country} within={within} bodies={bodies.data} selected={body ?? null} />}
        </section>
        <section className="cooperation-detail" aria-label={t('cooperation.detail')}>
          {body ? <BodyDetailPanel country={country} code={body} /> : <p className="hint">{t('cooperation.pick')}</p>}
        </section>
      </div>
    </div>
  );
}
