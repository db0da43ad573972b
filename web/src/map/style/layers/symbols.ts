import type { SymbolLayer } from '../../../../../src/core/map/document.ts';
import { byCode, codeIn } from '../expressions.ts';
import { SOURCES, type LayerStyle } from '../types.ts';

/** Proportional circles on each unit's inside point, largest drawn first so small ones stay visible. */
export const symbolsStyle: LayerStyle<SymbolLayer> = (layer, index, input) => {
  const radii: [string, number][] = [];
  for (const [code, u] of input.painted.units) if (u.radius && u.radius > 0) radii.push([code, Math.round(u.radius * 10) / 10]);
  if (radii.length === 0) return {};
  const radius = byCode(radii, 0);
  return {
    marks: [
      {
        id: `symbols-${index}`,
        type: 'circle',
        source: SOURCES.points,
        filter: codeIn(radii.map(([c]) => c)),
        layout: { 'circle-sort-key': ['-', 0, radius as number] },
        paint: {
          'circle-radius': radius as number,
          'circle-color': layer.color,
          'circle-opacity': 0.72,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 0.8,
        },
      },
    ],
  };
};
