import type { ClassificationMethod } from '../document.ts';
import { equal } from './equal.ts';
import { geometric } from './geometric.ts';
import { headtail } from './headtail.ts';
import { jenks } from './jenks.ts';
import { manual } from './manual.ts';
import { quantile } from './quantile.ts';
import { stddev } from './stddev.ts';
import type { Classification, Classifier, ClassifySpec, ClassifyWarning } from './types.ts';

/**
 * Classification of a numeric variable into classes for a choropleth. One file per method, one
 * entry here: the legend, the method picker of the atlas and the docs read this registry.
 */
export const CLASSIFIERS: Record<ClassificationMethod, Classifier> = {
  quantile,
  equal,
  jenks,
  stddev,
  geometric,
  headtail,
  manual,
};

/**
 * Inner limits for `values` (finite numbers; callers leave no-data out — a missing value is never
 * a zero). Whatever the method proposes is sorted, de-duplicated and, except for manual limits,
 * trimmed to the data: a limit at or above the max, or below the min, would make an empty class.
 * A limit equal to the min is kept (the first class then holds the values equal to the min).
 */
export function classify(values: readonly number[], spec: ClassifySpec): Classification {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return { breaks: [], min: Number.NaN, max: Number.NaN };
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  const classes = Math.max(1, Math.floor(spec.classes));
  const classifier = CLASSIFIERS[spec.method];
  const proposal = classifier.propose(Array.from(sorted), classes, spec.breaks);
  const breaks = [...new Set(proposal.breaks.filter(Number.isFinite))]
    .sort((a, b) => a - b)
    .filter((b) => proposal.keepOutOfRange || (b >= min && b < max));
  const warnings: ClassifyWarning[] = [...(proposal.warnings ?? [])];
  if (breaks.length < classes - 1 && !classifier.classesAreACap) warnings.push('fewer_classes');
  return warnings.length ? { breaks, min, max, warnings } : { breaks, min, max };
}

export { classIndex } from './class-index.ts';
export { type HistogramBin, histogram } from './histogram.ts';
export { varianceFit } from './quality.ts';
export type { Classification, Classifier, ClassifySpec, ClassifyWarning } from './types.ts';
