import type { MapLayer } from '../../../../../src/core/map/document.ts';
import type { LayerStyle } from '../types.ts';
import { categoriesStyle } from './categories.ts';
import { choroplethStyle } from './choropleth.ts';
import { flowsStyle } from './flows.ts';
import { symbolsStyle } from './symbols.ts';

/** One style file per map type: adding a map type is one file plus one line here. */
export const LAYER_STYLES: { [T in MapLayer['type']]: LayerStyle<Extract<MapLayer, { type: T }>> } = {
  choropleth: choroplethStyle,
  categories: categoriesStyle,
  symbols: symbolsStyle,
  flows: flowsStyle,
};
