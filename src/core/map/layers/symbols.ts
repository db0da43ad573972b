import type { SymbolLayer } from '../document.ts';
import { roundToOneDigit } from '../format.ts';
import { variableValues, variableYears } from '../values.ts';
import type { LayerPainter, PaintedUnit } from './types.ts';

/**
 * Proportional symbols: circles whose AREA is proportional to the value (radius ∝ √value), the
 * largest `maxRadius` pixels — readers compare areas, so a radius proportional to the value would
 * make a twice larger commune look four times larger. Only values > 0 get a circle.
 */
export const paintSymbols: LayerPainter<SymbolLayer> = (layer, index, { data }) => {
  const values = variableValues(data, layer.variable);
  let max = 0;
  let noData = 0;
  for (const v of values.values()) {
    if (v === null) noData++;
    else if (v > max) max = v;
  }
  const radius = (v: number) => symbolRadius(v, max, layer.maxRadius);
  const units = new Map<string, Partial<PaintedUnit>>();
  for (const [code, v] of values)
    units.set(code, v !== null && v > 0 ? { radius: radius(v), symbolValue: v } : { symbolValue: v });
  const refs = max > 0 ? [...new Set([max, max / 3, max / 10].map(roundToOneDigit))].filter((x) => x > 0) : [];
  return {
    units,
    fillsAreas: false,
    legend: {
      type: 'symbols',
      layer: index,
      title: { kind: 'variable', variable: layer.variable, years: variableYears(data, layer.variable) },
      color: layer.color,
      sizes: refs.map((value) => ({ value, radius: radius(value) })),
      noData: { count: noData },
    },
  };
};

export function symbolRadius(value: number, max: number, maxRadius: number): number {
  return max > 0 && value > 0 ? Math.sqrt(value / max) * maxRadius : 0;
}
