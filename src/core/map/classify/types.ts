import type { ClassificationMethod } from '../document.ts';

/**
 * The contract every classification method fulfils, so the registry (index.ts), the legend and the
 * browser's method picker treat them alike. Methods only propose inner limits; `classify()` sorts,
 * de-duplicates and trims them to the data, so each method file stays a few lines of arithmetic.
 */
export interface ClassifySpec {
  method: ClassificationMethod;
  classes: number;
  /** Inner limits for `manual`. */
  breaks?: number[];
}

/**
 * Something the user should know about a classification that did not go exactly as asked; the
 * legend can say it (`map:warnings.<code>`).
 */
export type ClassifyWarning =
  /** Geometric progression over data with zeros or negatives: they all fall in the first class. */
  | 'non_positive_values'
  /** Geometric progression over data with no positive value: equal intervals were used instead. */
  | 'no_positive_values'
  /** Manual classification without the right number of limits: equal intervals were used instead. */
  | 'manual_breaks_invalid'
  /** The data gave fewer classes than asked (few distinct values, limits outside the data…). */
  | 'fewer_classes';

export interface Classification {
  /** Inner class limits, ascending: `classes − 1` of them, fewer when the data cannot fill them. */
  breaks: number[];
  /** Smallest and largest value classified (NaN when there was none). */
  min: number;
  max: number;
  warnings?: ClassifyWarning[];
}

export interface Proposal {
  breaks: number[];
  warnings?: ClassifyWarning[];
  /** Manual limits are the user's: kept even outside the data's range. */
  keepOutOfRange?: boolean;
}

export interface Classifier {
  method: ClassificationMethod;
  /** One sentence for documentation and tooltips (English; the UI translates by method name). */
  description: string;
  /** The method only makes sense for values > 0 (the UI may warn before the user picks it). */
  positiveOnly?: boolean;
  /** The method decides the number of classes itself; `classes` is only a cap. */
  classesAreACap?: boolean;
  /** `sorted` is ascending, non-empty, with finite numbers only. */
  propose(sorted: readonly number[], classes: number, manual?: readonly number[]): Proposal;
}
