import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { StyleInput } from './types.ts';

/** Widths of the borders of coarser levels: the coarser, the thicker. */
const WIDTH: Record<string, number> = { cercle: 0.9, province: 1.4, region: 2.2 };

/** Borders of provinces and regions over the communes, from overlayBorders (same arcs, no offset). */
export function overlayStyle(input: StyleInput): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  const sources: Record<string, SourceSpecification> = {};
  const layers: LayerSpecification[] = [];
  const ordered = [...input.overlays].sort((a, b) => (WIDTH[a.level] ?? 1) - (WIDTH[b.level] ?? 1));
  for (const o of ordered) {
    const id = `overlay-${o.level}`;
    sources[id] = { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: o.lines } };
    layers.push({
      id,
      type: 'line',
      source: id,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#2b3640', 'line-width': WIDTH[o.level] ?? 1, 'line-opacity': 0.85 },
    });
  }
  return { sources, layers };
}
