import type { Issue } from '../validation/issues.ts';
import type { FileSummary } from '../validation/report.ts';
import type { BodyEventRecord, BodyRecord, MembershipRecord } from '../territory/cooperation.ts';
import type { FacilityRecord, FlowDatasetDef, FlowRecord } from '../territory/flows.ts';
import type { IndicatorDef, ValueRecord } from '../territory/indicators.ts';
import type { BoundaryRecord, CountryCode, CountryDef, LevelId, UnitRecord } from '../territory/types.ts';

/**
 * Everything one import brings, already parsed into domain records. Readers in `io/` produce a
 * batch; the store validates it against what is already there and writes it in one transaction.
 * A batch never touches the database itself.
 */
export interface ImportBatch {
  /** Importer name, as registered: "morocco", "boundaries", "indicators", "flows"… */
  kind: string;
  country: CountryCode;
  /** Present when the import defines (or redefines) the country and its levels. */
  countryDef?: CountryDef;
  files: FileSummary[];
  units: UnitRecord[];
  boundaries: BoundaryRecord[];
  indicators: IndicatorDef[];
  values: ValueRecord[];
  flowDatasets: { def: FlowDatasetDef; flows: FlowRecord[] }[];
  facilities: FacilityRecord[];
  bodies: BodyRecord[];
  memberships: MembershipRecord[];
  events: BodyEventRecord[];
  /** Issues found while reading (encoding, malformed rows). */
  issues: Issue[];
  checks: BatchChecks;
}

/** Which consistency checks the store runs after writing, and their parameters. */
export interface BatchChecks {
  /** Report units of these levels that end up without a boundary. */
  boundaryLevels?: LevelId[];
  /** Overlap between two neighbours is reported above this area (km²). */
  overlapToleranceKm2?: number;
  /** Holes between neighbours are reported above this area (km²). */
  gapToleranceKm2?: number;
  /** Gaps are looked for inside each unit of this level (e.g. region) and then between them. */
  gapGroupLevel?: LevelId;
  /** Compare each parent's value of these indicators with the sum over its children. */
  childrenSum?: { indicator: string; year: number; childLevel: LevelId; parentLevel: LevelId }[];
  /** Units not in the batch but in the store are left alone unless this is set. */
  createUnits?: boolean;
}

export function emptyBatch(kind: string, country: CountryCode): ImportBatch {
  return {
    kind,
    country,
    files: [],
    units: [],
    boundaries: [],
    indicators: [],
    values: [],
    flowDatasets: [],
    facilities: [],
    bodies: [],
    memberships: [],
    events: [],
    issues: [],
    checks: {},
  };
}

/** Progress of long work, reported by phase; `total` is 0 when unknown. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}
export type ProgressFn = (p: Progress) => void;
