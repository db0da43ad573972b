import { classIndex } from './class-index.ts';

export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/**
 * Equal-width bins from min to max, for the histogram under the legend. Bin edges follow the class
 * convention (a value on an edge counts in the lower bin), so a bin edge that coincides with a
 * class limit splits the counts exactly as the classes do. All values equal: one bin.
 */
export function histogram(values: readonly number[], bins: number): HistogramBin[] {
  if (values.length === 0 || bins < 1) return [];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max > min)) return [{ from: min, to: max, count: values.length }];
  const w = (max - min) / bins;
  const edges = Array.from({ length: bins - 1 }, (_, i) => min + w * (i + 1));
  const out = Array.from({ length: bins }, (_, i) => ({
    from: i === 0 ? min : (edges[i - 1] as number),
    to: i === bins - 1 ? max : (edges[i] as number),
    count: 0,
  }));
  for (const v of values) (out[classIndex(v, edges)] as HistogramBin).count++;
  return out;
}
