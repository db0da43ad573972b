import type { Names, SourceRef, UnitRef } from './types.ts';

/** How values of an indicator combine when units are grouped (commune → cercle, perimeter). */
export type Aggregation = 'sum' | 'mean' | 'weighted_mean' | 'none';
export const AGGREGATIONS: readonly Aggregation[] = ['sum', 'mean', 'weighted_mean', 'none'];

export interface IndicatorDef {
  /** Stable identifier, also the column name in exports: `population`, `households`. */
  id: string;
  labels: Names;
  /** Unit of measure as printed ("inhabitants", "km²", "%"); null for plain counts. */
  unit?: string | null;
  source?: string | null;
  aggregation: Aggregation;
  /** For `weighted_mean`: the indicator whose values weigh the mean (usually `population`). */
  weight?: string | null;
  /** Bounds outside which a value is impossible; checked on import. */
  min?: number | null;
  max?: number | null;
  /**
   * Inferred from a data file rather than declared: created when the indicator is new, never
   * allowed to overwrite the definition of one that exists.
   */
  provisional?: boolean;
}

export interface ValueRecord {
  indicator: string;
  unit: UnitRef;
  year: number;
  /** Null records a known absence (e.g. "pour mémoire" in a census), distinct from no row at all. */
  value: number | null;
  note?: string | null;
  source: SourceRef;
}

/** Population counts and other additive quantities share these defaults. */
export function countIndicator(id: string, labels: Names, source?: string): IndicatorDef {
  return { id, labels, unit: null, source: source ?? null, aggregation: 'sum', min: 0 };
}
