import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { NO_DATA_COLOR } from '../../../../src/core/map/palettes.ts';
import { byCode } from './expressions.ts';
import { LAYER_IDS, SOURCES, type StyleInput } from './types.ts';

/** A blank page, not a tile: the atlas draws offline unless the user typed a basemap URL. */
export const BACKGROUND = '#f8f8f5';
const BORDER = 'rgba(45, 52, 60, 0.38)';

export function baseSources(input: StyleInput): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {
    [SOURCES.units]: { type: 'geojson', data: input.units, promoteId: 'code' },
    [SOURCES.points]: { type: 'geojson', data: input.points, promoteId: 'code' },
  };
  if (input.doc.basemap) {
    sources.basemap = { type: 'raster', tiles: [input.doc.basemap], tileSize: 256, maxzoom: 19 };
  }
  return sources;
}

/** Background, the optional basemap, and the units filled as paintUnits decided, class by class. */
export function baseLayers(input: StyleInput): LayerSpecification[] {
  const { doc, painted } = input;
  const fillLayer = painted.fillLayer === undefined ? undefined : doc.layers[painted.fillLayer];
  const opacity =
    fillLayer && 'opacity' in fillLayer && fillLayer.opacity !== undefined ? fillLayer.opacity : doc.basemap ? 0.75 : 1;
  const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }];
  if (doc.basemap) layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
  layers.push({
    id: LAYER_IDS.fill,
    type: 'fill',
    source: SOURCES.units,
    paint: {
      'fill-color': byCode(
        [...painted.units].map(([code, u]) => [code, u.fill]),
        NO_DATA_COLOR,
      ) as string,
      'fill-opacity': opacity,
      'fill-antialias': false,
    },
  });
  return layers;
}

/** Every unit's border, thin, over the fills. */
export function borderLayers(): LayerSpecification[] {
  return [
    {
      id: 'units-border',
      type: 'line',
      source: SOURCES.units,
      paint: { 'line-color': BORDER, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 9, 0.9] },
    },
  ];
}

/** The unit under the pointer (feature state, set by MapView) and the selected unit. */
export function highlightLayers(input: StyleInput): {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
} {
  const layers: LayerSpecification[] = [
    {
      id: LAYER_IDS.hover,
      type: 'line',
      source: SOURCES.units,
      paint: {
        'line-color': '#1d2630',
        'line-width': 1.8,
        'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0],
      },
    },
  ];
  if (!input.selection) return { sources: {}, layers };
  const sources: Record<string, SourceSpecification> = {
    selection: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: input.selection } },
  };
  layers.push(
    {
      id: 'selection-halo',
      type: 'line',
      source: 'selection',
      paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': 0.9 },
    },
    { id: 'selection', type: 'line', source: 'selection', paint: { 'line-color': '#0b1520', 'line-width': 2.4 } },
  );
  return { sources, layers };
}
