import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapLayer } from '../../../../src/core/map/document.ts';
import { GLYPHS_URL } from '../glyphs/url.ts';
import { BACKGROUND, baseLayers, baseSources, borderLayers, highlightLayers } from './base.ts';
import { labelLayers } from './labels.ts';
import { LAYER_STYLES } from './layers/registry.ts';
import { overlayStyle } from './overlays.ts';
import type { LayerStyle, StyleInput } from './types.ts';

/**
 * The MapLibre style of a map document: derived, never edited by hand. Bottom to top: background
 * (and the basemap if the user set one), the units' fills, what each layer adds to the areas
 * (hatching, stripes), unit borders, borders of coarser levels, each layer's marks (symbols,
 * flows), the selection, labels. MapView hands it to `setStyle(style, { diff: true })`, which
 * patches only what changed.
 */
/**
 * The style of a map whose data is still on its way: the page's background only. The map is
 * created with it, so that MapLibre's workers, WebGL context and shaders get ready while the
 * boundaries and values load, instead of after.
 */
export function waitingStyle(): StyleSpecification {
  return {
    version: 8,
    glyphs: GLYPHS_URL,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }],
  };
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const sources: Record<string, SourceSpecification> = baseSources(input);
  const areas: LayerSpecification[] = [];
  const marks: LayerSpecification[] = [];
  input.doc.layers.forEach((layer, i) => {
    const parts = (LAYER_STYLES[layer.type] as LayerStyle<MapLayer>)(layer, i, input);
    Object.assign(sources, parts.sources);
    areas.push(...(parts.areas ?? []));
    marks.push(...(parts.marks ?? []));
  });
  const overlays = overlayStyle(input);
  const highlight = highlightLayers(input);
  Object.assign(sources, overlays.sources, highlight.sources);
  return {
    version: 8,
    glyphs: GLYPHS_URL,
    sources,
    layers: [
      ...baseLayers(input),
      ...areas,
      ...borderLayers(),
      ...overlays.layers,
      ...marks,
      ...highlight.layers,
      ...labelLayers(input),
    ],
  };
}
