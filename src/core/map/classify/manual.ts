import { equalBreaks } from './equal.ts';
import type { Classifier } from './types.ts';

/**
 * Manual limits, as the user typed them: kept even outside the data's range (a class may then be
 * empty — the legend says 0), because a planner comparing two maps needs the same limits on both.
 * A document without the right number of increasing limits cannot be drawn as asked: equal
 * intervals stand in, with the warning `manual_breaks_invalid` (validateMapDocument refuses such
 * a document; this only protects the renderer).
 */
export const manual: Classifier = {
  method: 'manual',
  description: 'Limits chosen by the user.',
  propose(sorted, classes, given) {
    const ok =
      given !== undefined &&
      given.length === classes - 1 &&
      given.every((b, i) => Number.isFinite(b) && (i === 0 || b > (given[i - 1] as number)));
    if (!ok) {
      const breaks = equalBreaks(sorted[0] as number, sorted[sorted.length - 1] as number, classes);
      return { breaks, warnings: ['manual_breaks_invalid'] };
    }
    return { breaks: [...given], keepOutOfRange: true };
  },
};
