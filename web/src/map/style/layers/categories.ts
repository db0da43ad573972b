import type { LayerSpecification } from 'maplibre-gl';
import type { CategoryLayer } from '../../../../../src/core/map/document.ts';
import { stripesId } from '../../patterns.ts';
import { byCode, codeIn } from '../expressions.ts';
import { SOURCES, type LayerStyle } from '../types.ts';
import { noDataHatch } from './hatch.ts';

/**
 * Categories fill each unit with its category's colour (base.ts); a commune in several
 * cooperation bodies is striped with all their colours, so every membership stays visible.
 */
export const categoriesStyle: LayerStyle<CategoryLayer> = (_layer, index, input) => {
  if (index !== input.painted.fillLayer) return {};
  const striped: [string, string][] = [];
  for (const [code, u] of input.painted.units) if (u.stripes && u.stripes.length > 1) striped.push([code, stripesId(u.stripes)]);
  const areas: LayerSpecification[] = [...noDataHatch(input)];
  if (striped.length > 0) {
    areas.push({
      id: 'units-stripes',
      type: 'fill',
      source: SOURCES.units,
      filter: codeIn(striped.map(([c]) => c)),
      paint: { 'fill-pattern': byCode(striped, striped[0]?.[1] as string) as string },
    });
  }
  return { areas };
};
