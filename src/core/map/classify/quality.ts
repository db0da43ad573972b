import { classIndex } from './class-index.ts';

/**
 * Goodness of variance fit (Jenks): 1 − (squared deviations from the class means) / (squared
 * deviations from the overall mean). 1 is a perfect fit; 0.8 or more is usually called good.
 * Shown next to the method so a planner can compare classifications of the same data.
 */
export function varianceFit(values: readonly number[], breaks: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sums = new Float64Array(breaks.length + 1);
  const counts = new Float64Array(breaks.length + 1);
  let total = 0;
  for (const v of values) {
    const c = classIndex(v, breaks);
    sums[c] = (sums[c] as number) + v;
    counts[c] = (counts[c] as number) + 1;
    total += v;
  }
  const mean = total / values.length;
  let within = 0;
  let all = 0;
  for (const v of values) {
    const c = classIndex(v, breaks);
    const cm = (sums[c] as number) / (counts[c] as number);
    within += (v - cm) ** 2;
    all += (v - mean) ** 2;
  }
  return all === 0 ? 1 : 1 - within / all;
}
