/**
 * Shapes of the API responses, as the web app sees them. The store's repository types are the
 * source of truth (imported as types only, so no server code reaches the bundle); what exists
 * only on the wire (jobs, importers, the journal) is declared here.
 */
import type { Progress } from '../../../src/core/import/batch.ts';
import type { Issue, Severity } from '../../../src/core/validation/issues.ts';
import type { ValidationReport } from '../../../src/core/validation/report.ts';
import type { BodyDetail, BodySummary } from '../../../src/store/repositories/cooperation.ts';
import type { IndicatorInfo, OperationRow } from '../../../src/store/repositories/meta.ts';
import type { UnitDetail, UnitNames, UnitSummary } from '../../../src/store/repositories/territory.ts';
import type { CountryRow, LevelRow } from '../../../src/store/repositories/units.ts';

export type {
  BodyDetail,
  BodySummary,
  IndicatorInfo,
  Issue,
  Progress,
  Severity,
  UnitDetail,
  UnitNames,
  UnitSummary,
  ValidationReport,
};

export type Country = CountryRow;
export type Level = LevelRow;
export interface CountryDetail extends Country {
  levels: Level[];
}

export interface UnitList {
  units: UnitSummary[];
  total: number;
}

export interface UnitQuery {
  level?: string;
  parent?: string;
  within?: string;
  withinLevel?: string;
  search?: string;
  /** Indicator ids, or 'all'. */
  indicators?: string[] | 'all';
  limit?: number;
  offset?: number;
}

/** A JSON Schema as produced by zod for an importer's options (the subset the form reads). */
export interface OptionSchema {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
}

export interface ObjectSchema {
  type: 'object';
  properties?: Record<string, OptionSchema>;
  required?: string[];
}

export interface Importer {
  name: string;
  /** `folder` importers run from the command line only; `none` need no upload. */
  input: 'file' | 'folder' | 'none';
  accepts: string[];
  options: ObjectSchema;
}

export type { Job, JobStatus } from '../../../src/server/jobs.ts';

/** One import in the journal (the report stays on the server; fetch the entry for it). */
export interface JournalEntry extends Omit<OperationRow, 'report'> {
  summary: Record<Severity, number> | null;
  outcome: ValidationReport['outcome'] | null;
}

export type Operation = OperationRow & { report: ValidationReport | null };

export interface ImportRequest {
  file: File | null;
  options: Record<string, unknown>;
  acceptRepairs: boolean;
  dryRun: boolean;
}
