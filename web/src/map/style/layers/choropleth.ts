import type { ChoroplethLayer } from '../../../../../src/core/map/document.ts';
import type { LayerStyle } from '../types.ts';
import { noDataHatch } from './hatch.ts';

/** The classes' colours are the units' fill (base.ts); a choropleth adds the hatching of no-data units. */
export const choroplethStyle: LayerStyle<ChoroplethLayer> = (_layer, index, input) =>
  index === input.painted.fillLayer ? { areas: noDataHatch(input) } : {};
