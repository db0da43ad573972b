import type { MapData, MapFlow } from './data.ts';
import type { MapDocument, MapLayer } from './document.ts';
import type { Legend } from './legend.ts';
import { paintCategories } from './layers/categories.ts';
import { paintChoropleth } from './layers/choropleth.ts';
import { paintFlows } from './layers/flows.ts';
import { paintSymbols } from './layers/symbols.ts';
import type { LayerPainter, PaintedUnit } from './layers/types.ts';
import { BASE_COLOR } from './palettes.ts';

/**
 * From a map document and its data to what each unit looks like and what the legends say: the
 * one derivation both the MapLibre style in the browser and the SVG export are built from, so the
 * screen and the printed map can never disagree on a colour.
 */
export type { PaintedUnit } from './layers/types.ts';

export interface PaintedMap {
  units: Map<string, PaintedUnit>;
  /** One per layer, in the document's order (bottom to top). */
  legends: Legend[];
  /** Index of the layer that decided the fills (the topmost choropleth or categories), if any. */
  fillLayer?: number;
}

/** One painter per layer type: adding a map type is one file plus one line here. */
export const LAYER_PAINTERS: { [T in MapLayer['type']]: LayerPainter<Extract<MapLayer, { type: T }>> } = {
  choropleth: paintChoropleth,
  categories: paintCategories,
  symbols: paintSymbols,
  flows: paintFlows,
};

/**
 * Layers are applied bottom to top: the topmost area layer decides the fill (and class, value,
 * category), symbols add a radius. Units of a map with no area layer get BASE_COLOR, not `null`,
 * which is kept for "no data". `options.flows` (by dataset key) gives the flow layers' legends.
 */
export function paintUnits(doc: MapDocument, data: MapData, options: { flows?: Record<string, MapFlow[]> } = {}): PaintedMap {
  const units = new Map<string, PaintedUnit>(data.units.map((u) => [u.code, { fill: BASE_COLOR }]));
  const legends: Legend[] = [];
  let fillLayer: number | undefined;
  doc.layers.forEach((layer, i) => {
    const painter = LAYER_PAINTERS[layer.type] as LayerPainter<MapLayer>;
    const paint = painter(layer, i, { data, ...(options.flows ? { flows: options.flows } : {}) });
    legends.push(paint.legend);
    if (paint.fillsAreas) fillLayer = i;
    for (const [code, p] of paint.units) {
      const u = units.get(code);
      if (!u) continue;
      if (paint.fillsAreas) {
        // A new area layer replaces everything the previous one said.
        delete u.stripes;
        delete u.classIndex;
        delete u.category;
        delete u.value;
      }
      Object.assign(u, p);
    }
  });
  if (fillLayer === undefined) {
    for (const u of units.values()) if (u.symbolValue !== undefined && u.value === undefined) u.value = u.symbolValue;
  }
  return fillLayer === undefined ? { units, legends } : { units, legends, fillLayer };
}
