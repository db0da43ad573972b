import { equalBreaks } from './equal.ts';
import type { Classifier } from './types.ts';

/**
 * Geometric progression: each limit is the previous one times a constant ratio
 * r = (max / min)^(1/classes), so classes widen as values grow — equal intervals of the logarithm,
 * suited to skewed positive data (populations, densities). It is only defined for values > 0.
 * Rather than refuse to draw, zeros and negatives are handled so: the progression runs from the
 * smallest positive value to the max, and every value ≤ 0 falls in the first class (whose lower
 * limit is the true min), with the warning `non_positive_values`; with no positive value at all
 * equal intervals are used, with `no_positive_values`.
 */
export const geometric: Classifier = {
  method: 'geometric',
  description: 'Limits in geometric progression (equal steps of the logarithm); values > 0.',
  positiveOnly: true,
  propose(sorted, classes) {
    const min = sorted[0] as number;
    const max = sorted[sorted.length - 1] as number;
    if (max <= 0) return { breaks: equalBreaks(min, max, classes), warnings: ['no_positive_values'] };
    const low = min > 0 ? min : (sorted.find((v) => v > 0) as number);
    const r = (max / low) ** (1 / classes);
    const breaks = Array.from({ length: classes - 1 }, (_, i) => low * r ** (i + 1));
    return min > 0 ? { breaks } : { breaks, warnings: ['non_positive_values'] };
  },
};
