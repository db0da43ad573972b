import type { Classifier } from './types.ts';

/**
 * Head/tail breaks (Jiang 2013, "Head/tail breaks: a new classification scheme for data with a
 * heavy-tailed distribution"). Split the values at their mean; the values above it are the head.
 * While the head is a minority (< 40 % of the part being split), split the head again at its own
 * mean. The number of classes comes from the data (the ht-index), capped here by `classes`.
 * Conventions: the first split is always kept, so data that is not heavy-tailed still gets two
 * classes; a value equal to a mean stays in the tail (the lower class), as everywhere.
 */
export const HEAD_SHARE_LIMIT = 0.4;

export const headtail: Classifier = {
  method: 'headtail',
  description: 'Recursive splits at the mean while the head stays under 40 %; for heavy-tailed data.',
  classesAreACap: true,
  propose(sorted, classes) {
    const breaks: number[] = [];
    let part = sorted;
    while (breaks.length < classes - 1 && part.length > 1) {
      let sum = 0;
      for (const v of part) sum += v;
      const m = sum / part.length;
      const head = part.filter((v) => v > m);
      if (head.length === 0) break;
      if (breaks.length > 0 && head.length / part.length >= HEAD_SHARE_LIMIT) break;
      breaks.push(m);
      if (head.length / part.length >= HEAD_SHARE_LIMIT) break;
      part = head;
    }
    return { breaks };
  },
};
