import { classIndex, classify, histogram, varianceFit } from '../classify/index.ts';
import type { ChoroplethLayer } from '../document.ts';
import type { LegendClass } from '../legend.ts';
import { NO_DATA_COLOR, paletteColors } from '../palettes.ts';
import { variableValues, variableYears } from '../values.ts';
import type { LayerPainter, PaintedUnit } from './types.ts';

/** Bins of the histogram under a choropleth legend. */
export const HISTOGRAM_BINS = 24;

/** Choropleth: classify the units with a value, colour each class; units without one stay null. */
export const paintChoropleth: LayerPainter<ChoroplethLayer> = (layer, index, { data }) => {
  const values = variableValues(data, layer.variable);
  const known: number[] = [];
  for (const v of values.values()) if (v !== null) known.push(v);
  const c = classify(known, layer.classification);
  const colors = known.length ? paletteColors(layer.palette.scheme, c.breaks.length + 1, layer.palette.reverse) : [];
  const counts = new Array<number>(colors.length).fill(0);
  const units = new Map<string, Partial<PaintedUnit>>();
  let noData = 0;
  for (const [code, v] of values) {
    if (v === null) {
      noData++;
      units.set(code, { fill: null, value: null });
      continue;
    }
    const k = classIndex(v, c.breaks);
    counts[k] = (counts[k] as number) + 1;
    units.set(code, { fill: colors[k] as string, classIndex: k, value: v });
  }
  const bounds = [
    known.length ? Math.min(c.min, c.breaks[0] ?? c.min) : c.min,
    ...c.breaks,
    known.length ? Math.max(c.max, c.breaks.at(-1) ?? c.max) : c.max,
  ];
  const classes: LegendClass[] = colors.map((color, i) => ({
    lower: bounds[i] as number,
    upper: bounds[i + 1] as number,
    color,
    count: counts[i] as number,
  }));
  return {
    units,
    fillsAreas: true,
    legend: {
      type: 'choropleth',
      layer: index,
      title: { kind: 'variable', variable: layer.variable, years: variableYears(data, layer.variable) },
      method: layer.classification.method,
      classes,
      breaks: c.breaks,
      noData: { color: NO_DATA_COLOR, count: noData },
      histogram: histogram(known, HISTOGRAM_BINS),
      varianceFit: varianceFit(known, c.breaks),
      ...(c.warnings ? { warnings: c.warnings } : {}),
    },
  };
};
