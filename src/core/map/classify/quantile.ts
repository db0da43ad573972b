import type { Classifier } from './types.ts';

/**
 * Quantiles: the same number of units in every class. Each limit is a data value (the largest of
 * its class, since a value equal to a limit belongs to the lower class), so the counts are exactly
 * balanced when the number of units divides evenly and ties do not straddle a limit. Ties that do
 * straddle one collapse two limits into one, and the classifier reports fewer classes rather than
 * splitting equal values between two colours.
 */
export const quantile: Classifier = {
  method: 'quantile',
  description: 'Same number of units in each class.',
  propose(sorted, classes) {
    const n = sorted.length;
    const breaks: number[] = [];
    for (let k = 1; k < classes; k++) {
      const last = Math.max(0, Math.round((k * n) / classes) - 1);
      breaks.push(sorted[last] as number);
    }
    return { breaks };
  },
};
