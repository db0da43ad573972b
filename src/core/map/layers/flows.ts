import type { FlowLayer } from '../document.ts';
import { roundToOneDigit } from '../format.ts';
import type { LayerPainter } from './types.ts';

/**
 * Flow layers colour no unit; their legend gives reference widths (width ∝ value, the largest
 * drawn flow `maxWidth` pixels). The lines themselves come from flowLines() (core/map/flows.ts),
 * which needs the geometry.
 */
export const paintFlows: LayerPainter<FlowLayer> = (layer, index, ctx) => {
  const all = ctx.flows?.[layer.dataset] ?? [];
  const drawn = all.filter((f) => f.value >= layer.minValue && f.value > 0 && f.origin !== f.destination);
  const max = drawn.reduce((m, f) => Math.max(m, f.value), 0);
  const refs =
    max > 0 ? [...new Set([max, max / 2, Math.max(layer.minValue, max / 5)].map(roundToOneDigit))].filter((x) => x > 0) : [];
  return {
    units: new Map(),
    fillsAreas: false,
    legend: {
      type: 'flows',
      layer: index,
      title: { kind: 'flows', dataset: layer.dataset },
      color: layer.color,
      widths: refs.map((value) => ({ value, width: flowWidth(value, max, layer.maxWidth) })),
      minValue: layer.minValue,
      drawn: drawn.length,
      total: all.length,
    },
  };
};

export function flowWidth(value: number, max: number, maxWidth: number): number {
  return max > 0 ? (value / max) * maxWidth : 0;
}
