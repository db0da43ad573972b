import { api } from '../../api/client.ts';
import { useTerritory } from '../../app/levels.ts';
import { ErrorNote, Loading } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { UnitInspector } from '../inspector/UnitInspector.tsx';
import { MapSlot } from '../map/MapSlot.tsx';
import { Breadcrumb } from './Breadcrumb.tsx';
import { CountryOverview } from './CountryOverview.tsx';
import { UnitBrowser } from './UnitBrowser.tsx';
import './territory.css';

/**
 * One territory: the browser of its tree on the inline-start side, and on the other side the
 * map (to come) above the selected unit's record, or the territory's overview when none is selected.
 */
export function TerritoryPage({ country, code, level }: { country: string; code?: string; level?: string | null }) {
  const territory = useTerritory(country);
  const unit = useResource((s) => (code ? api.unit(country, code, level, s) : Promise.resolve(null)), [country, code, level]);
  // While the next unit loads, the previous one stays on screen (dimmed) rather than flashing empty.
  const shown = code ? (unit.data ?? null) : null;
  const stale = Boolean(code) && unit.data?.code !== code;

  if (territory.error) return <ErrorNote error={territory.error} onRetry={territory.reload} />;
  if (!territory.territory) return <Loading />;
  return (
    <div className="territory-page">
      <Breadcrumb territory={territory.territory} unit={shown} />
      <div className="territory-layout">
        <aside className="territory-aside">
          <UnitBrowser country={country} territory={territory} unit={shown} selected={code ?? null} />
        </aside>
        <div className="territory-main" aria-busy={stale}>
          <MapSlot country={country} unit={code ?? null} />
          {!code && <CountryOverview territory={territory} />}
          {code && unit.error && <ErrorNote error={unit.error} onRetry={unit.reload} />}
          {code && !unit.error && (shown ? <UnitInspector country={country} unit={shown} territory={territory} /> : <Loading />)}
        </div>
      </div>
    </div>
  );
}
