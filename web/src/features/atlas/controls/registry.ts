import type { MapLayer } from '../../../../../src/core/map/document.ts';
import { categories } from './categories.tsx';
import { choropleth } from './choropleth.tsx';
import { flows } from './flows.tsx';
import { symbols } from './symbols.tsx';
import type { MapTypeEntry } from './types.ts';

/** The map types the controls offer, in menu order: one file each, one line here. */
export const MAP_TYPES: { [T in MapLayer['type']]: MapTypeEntry<Extract<MapLayer, { type: T }>> } = {
  choropleth,
  categories,
  symbols,
  flows,
};

export const MAP_TYPE_ORDER = Object.keys(MAP_TYPES) as MapLayer['type'][];
