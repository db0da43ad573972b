import type { z } from 'zod';
import type { SpatialGraph } from '../graph/types.ts';

/**
 * The contract every analysis follows: a pure function over typed columns (one row per unit, in
 * the order of `units.codes`) and, when it needs one, the spatial graph built once per territory
 * version. No database, HTTP, DOM or i18n inside; the server, the CLI, a web worker and the
 * report generator all call the same `run`.
 */
export interface AnalysisInput {
  units: {
    /** Official codes, the row order of every column. */
    codes: string[];
    /** Ancestor codes by level (province, cercle, region) — for groupings. */
    ancestors?: Record<string, (string | null)[]>;
    kinds?: (string | null)[];
    /** Representative points (lon, lat) for distances, interleaved: [lon0, lat0, lon1, lat1, …]. */
    points?: Float64Array;
    areaKm2?: Float64Array;
  };
  /** Indicator values by id, NaN where missing (never 0 for missing). */
  columns: Record<string, Float64Array>;
  graph?: SpatialGraph;
  /** Groupings other than ancestors: cooperation bodies (a unit may be in several), scenarios. */
  memberships?: { group: string; unit: number; competences?: string[]; type?: string; name?: string }[];
  /** Origin–destination flows between units (row indices). */
  flows?: { origin: Int32Array; destination: Int32Array; value: Float64Array };
  /** Facilities as points with a category. */
  facilities?: { category: string[]; points: Float64Array };
}

/** What an analysis gives back: mappable values per unit, a summary, tables. */
export interface AnalysisResult {
  /** Columns per unit (row order of the input): numbers (NaN = no value) or categories. */
  unitValues?: Record<string, Float64Array | (string | null)[]>;
  /** Single figures (Gini, Moran's I, p-value…). */
  summary?: Record<string, number | string | null>;
  /** Tables (decompositions, lists of problems), rows as plain objects. */
  tables?: Record<string, Record<string, number | string | null>[]>;
  /** Why some units got no value, or what was assumed (islands left out…). */
  notes?: string[];
}

export interface Analysis<S extends z.ZodObject = z.ZodObject> {
  /** Stable id: CLI subcommand, API path, result kind. */
  id: string;
  /** Family for menus: derived, disparities, autocorrelation, accessibility, flows, cooperation. */
  family: 'derived' | 'disparities' | 'autocorrelation' | 'accessibility' | 'flows' | 'cooperation';
  /** What the input must hold; the edges load only that. */
  needs: {
    indicators?: (o: z.infer<S>) => string[];
    graph?: boolean;
    memberships?: boolean;
    flows?: (o: z.infer<S>) => string | null;
    facilities?: boolean;
    points?: boolean;
  };
  options: S;
  run(input: AnalysisInput, options: z.infer<S>): AnalysisResult;
}

export function defineAnalysis<S extends z.ZodObject>(a: Analysis<S>): Analysis<S> {
  return a;
}
