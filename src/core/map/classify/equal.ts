import type { Classifier } from './types.ts';

/** Equal intervals: the range from min to max cut into classes of the same width. */
export const equal: Classifier = {
  method: 'equal',
  description: 'Classes of equal width between the smallest and the largest value.',
  propose(sorted, classes) {
    return { breaks: equalBreaks(sorted[0] as number, sorted[sorted.length - 1] as number, classes) };
  },
};

export function equalBreaks(min: number, max: number, classes: number): number[] {
  if (!(max > min)) return [];
  const w = (max - min) / classes;
  return Array.from({ length: classes - 1 }, (_, i) => min + w * (i + 1));
}
