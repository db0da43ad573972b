import type { Legend } from '../../core/map/legend.ts';
import { categoryLegend, choroplethLegend } from './legend-classes.ts';
import type { Block, LegendContext } from './legend-common.ts';
import { flowLegend, symbolLegend } from './legend-sizes.ts';

/** One drawer per legend type, as in the core's LAYER_PAINTERS. */
const DRAWERS: { [T in Legend['type']]: (l: Extract<Legend, { type: T }>, y: number, c: LegendContext) => Block } = {
  choropleth: choroplethLegend,
  categories: categoryLegend,
  symbols: symbolLegend,
  flows: flowLegend,
};

/** The legends stacked from `y`, topmost layer first (the reader looks at what is on top). */
export function drawLegends(legends: readonly Legend[], y0: number, c: LegendContext): Block {
  let y = y0;
  let svg = '';
  for (const l of [...legends].reverse()) {
    const draw = DRAWERS[l.type] as (l: Legend, y: number, c: LegendContext) => Block;
    const b = draw(l, y, c);
    svg += `<g class="legend" data-type="${l.type}" data-layer="${l.layer}">${b.svg}</g>`;
    y += b.height + 16;
  }
  return { svg, height: y - y0 };
}
