import { ckmeans } from 'simple-statistics';
import type { Classifier } from './types.ts';

/**
 * Jenks natural breaks. Jenks' own algorithm is an iterative heuristic; Ckmeans (Wang & Song 2011,
 * in simple-statistics) solves the same problem — minimise the sum of squared deviations within
 * classes — exactly, by dynamic programming, in O(k·n log n). So "Jenks" here is the optimum the
 * heuristic aims at. Each limit is the largest value of its class.
 */
export const jenks: Classifier = {
  method: 'jenks',
  description: 'Natural breaks: the partition that minimises the variance within classes (Ckmeans, exact).',
  propose(sorted, classes) {
    const distinct = countDistinct(sorted);
    const k = Math.min(classes, distinct);
    if (k < 2) return { breaks: [] };
    const clusters = ckmeans(sorted as number[], k);
    return { breaks: clusters.slice(0, -1).map((c) => c[c.length - 1] as number) };
  },
};

function countDistinct(sorted: readonly number[]): number {
  let n = sorted.length ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) n++;
  return n;
}
