import { mean, standardDeviation } from 'simple-statistics';
import type { Classifier } from './types.ts';

/**
 * Standard deviation classes, each one (population) standard deviation wide, placed symmetrically
 * around the mean: with an odd number of classes the middle class is centred on the mean
 * (mean ± 0.5 sd; 5 classes → limits at −1.5, −0.5, +0.5, +1.5 sd), with an even number the mean
 * is a limit (4 classes → −1, 0, +1 sd). The outer classes are open: they run to the min and max.
 * Limits beyond the data (a mean − 1.5 sd below zero for a skewed density) are dropped, as a class
 * that no unit can fall in, labelled with an impossible negative density, would only mislead; the
 * legend then shows fewer classes. Pair it with a diverging palette.
 */
export const stddev: Classifier = {
  method: 'stddev',
  description: 'Classes one standard deviation wide, centred on the mean.',
  propose(sorted, classes) {
    const sd = standardDeviation(sorted as number[]);
    if (!(sd > 0)) return { breaks: [] };
    const m = mean(sorted as number[]);
    return { breaks: Array.from({ length: classes - 1 }, (_, i) => m + (i + 1 - classes / 2) * sd) };
  },
};
