import { api } from '../../api/client.ts';
import { useTerritory } from '../../app/levels.ts';
import { ErrorNote, Loading } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { type LoadedTerritory, TerritoryWorkspace } from './TerritoryWorkspace.tsx';

/**
 * One territory: the browser of its tree (or the map's settings) on the inline-start side, and on
 * the other side the atlas (map, legend, table) above the selected unit's record, or the
 * territory's overview when none is selected.
 */
export function TerritoryPage({ country, code, level }: { country: string; code?: string; level?: string | null }) {
  const territory = useTerritory(country);
  const unit = useResource((s) => (code ? api.unit(country, code, level, s) : Promise.resolve(null)), [country, code, level]);

  if (territory.error) return <ErrorNote error={territory.error} onRetry={territory.reload} />;
  if (!territory.territory) return <Loading />;
  return <TerritoryWorkspace country={country} code={code ?? null} territory={territory as LoadedTerritory} unit={unit} />;
}
