import type { Catalogue } from '../catalogue.ts';
import type { Atlas } from '../useAtlas.ts';
import { DisplayFields } from './DisplayFields.tsx';
import { LayerEditor } from './LayerEditor.tsx';
import { ScopeFields } from './ScopeFields.tsx';
import './controls.css';
import type { ControlContext } from './types.ts';

/** The map's settings: where, what (layers, from the map type registry), and how it is displayed. */
export function MapControls({ atlas, catalogue }: { atlas: Atlas; catalogue: Catalogue }) {
  const { doc, update, territory } = atlas;
  const ctx = (index: number): ControlContext => ({
    indicators: catalogue.indicators,
    data: atlas.atlas?.data ?? null,
    legend: atlas.atlas?.painted.legends[index],
    flowDatasets: catalogue.flowDatasets,
    levels: territory.levels,
    mapLevel: doc.level,
  });
  return (
    <form className="map-controls" onSubmit={(e) => e.preventDefault()}>
      <ScopeFields doc={doc} update={update} territory={territory} />
      <LayerEditor doc={doc} update={update} ctx={ctx} />
      <DisplayFields doc={doc} update={update} levels={territory.levels} />
    </form>
  );
}
