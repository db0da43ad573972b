import { defaultMapDocument, type MapDocument } from '../../../../src/core/map/document.ts';
import type { CountryDetail, Level } from '../../api/types.ts';

/** The level maps are drawn at: the finest level that has boundaries (communes). */
export function mappedLevel(levels: Level[]): string {
  const drawn = levels.filter((l) => l.expectsBoundary).sort((a, b) => b.rank - a.rank);
  return drawn[0]?.id ?? levels.at(-1)?.id ?? 'commune';
}

/** Levels coarser than the mapped one, coarsest first: what can be drawn over it as borders. */
export function overlayLevels(levels: Level[], level: string): Level[] {
  const rank = levels.find((l) => l.id === level)?.rank ?? 99;
  return levels.filter((l) => l.rank < rank).sort((a, b) => a.rank - b.rank);
}

/**
 * The map a territory opens with: population density of its communes, inside the selected
 * region (or the whole country), names on, province borders (and region borders nationally).
 */
export function defaultDocument(territory: CountryDetail, region: string | null, indicator: string | null): MapDocument {
  const level = mappedLevel(territory.levels);
  const root = territory.levels.find((l) => l.parents.length === 0);
  const doc = defaultMapDocument(territory.code, level, region ?? undefined);
  const coarser = overlayLevels(territory.levels, level).map((l) => l.id);
  const second = coarser[1];
  const overlays = region ? (second ? [second] : []) : coarser.slice(0, 2);
  const layers = doc.layers.map((l) =>
    l.type === 'choropleth' && indicator ? { ...l, variable: { ...l.variable, indicator } } : l,
  );
  return {
    ...doc,
    ...(region && root ? { withinLevel: root.id } : {}),
    layers,
    labels: { show: true },
    overlays,
  };
}
