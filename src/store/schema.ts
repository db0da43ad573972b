import type { ColumnType, Generated } from 'kysely';

/**
 * Row types of the tables created by `migrations/*.sql`, for Kysely. Keep in step with the SQL;
 * `test/store/schema.test.ts` compares the two on a migrated database.
 * Geometry columns are not selected directly: repositories read them through ST_AsGeoJSON.
 */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Geometry = ColumnType<unknown, never, never>;
type Json = ColumnType<unknown, string, string>;

export interface OperationTable {
  id: Generated<number>;
  kind: string;
  author: string;
  author_kind: Generated<string>;
  status: Generated<string>;
  started_at: ColumnType<Date, Date | string | undefined, Date | string>;
  finished_at: Timestamp | null;
  params: ColumnType<Record<string, unknown>, string | undefined, string>;
  report: Json | null;
  error: Json | null;
}

export interface SourceFileTable {
  id: Generated<number>;
  op_id: number;
  name: string;
  bytes: number | null;
  sha256: string | null;
  encoding: string | null;
}

export interface CountryTable {
  code: string;
  name_fr: string;
  name_ar: string | null;
  name_zgh: string | null;
  name_en: string | null;
  fictional: Generated<boolean>;
  op_id: number;
}

export interface LevelTable {
  country_code: string;
  id: string;
  rank: number;
  name_fr: string;
  name_ar: string | null;
  name_zgh: string | null;
  name_en: string | null;
  parent_levels: ColumnType<string[], string[] | undefined, string[]>;
  kinds: ColumnType<string[], string[] | undefined, string[]>;
  expects_boundary: Generated<boolean>;
}

interface Provenance {
  op_id: number;
  src_file_id: number | null;
  src_row: number | null;
}

export interface UnitTable extends Provenance {
  id: Generated<number>;
  country_code: string;
  level_id: string;
  code: string;
  kind: string | null;
  name_fr: string | null;
  name_ar: string | null;
  name_zgh: string | null;
  name_en: string | null;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

export interface UnitAliasTable {
  unit_id: number;
  scheme: string;
  code: string;
}

export interface UnitBoundaryTable extends Provenance {
  unit_id: number;
  geom: Geometry;
  area_km2: number;
  repaired: Generated<boolean>;
}

export interface IndicatorTable {
  country_code: string;
  id: string;
  label_fr: string;
  label_ar: string | null;
  label_en: string | null;
  unit: string | null;
  source: string | null;
  aggregation: string;
  weight_id: string | null;
  min_value: number | null;
  max_value: number | null;
  op_id: number;
}

export interface IndicatorValueTable extends Provenance {
  country_code: string;
  indicator_id: string;
  unit_id: number;
  year: number;
  value: number | null;
  note: string | null;
}

export interface FlowDatasetTable {
  id: Generated<number>;
  country_code: string;
  key: string;
  name: string;
  kind: string;
  year: number;
  value_unit: string | null;
  op_id: number;
  src_file_id: number | null;
}

export interface FlowTable {
  dataset_id: number;
  origin_id: number;
  destination_id: number;
  value: number;
  src_row: number | null;
}

export interface FacilityTable extends Provenance {
  id: Generated<number>;
  country_code: string;
  category: string;
  name: string | null;
  geom: Geometry;
  unit_id: number | null;
  attributes: Json;
}

export interface CoopBodyTable extends Provenance {
  id: Generated<number>;
  country_code: string;
  code: string;
  name: string;
  type: string;
  subtype: string | null;
  legal_basis: string | null;
  competences: ColumnType<string[], string[] | undefined, string[]>;
  status: string | null;
  created_on: string | null;
  dissolved_on: string | null;
  notes: string | null;
  source_url: string | null;
}

export interface CoopMembershipTable extends Provenance {
  id: Generated<number>;
  body_id: number;
  unit_id: number;
  joined_on: string | null;
  left_on: string | null;
  role: string | null;
}

export interface CoopEventTable extends Provenance {
  id: Generated<number>;
  body_id: number;
  occurred_on: string | null;
  kind: string;
  description: string | null;
  source_url: string | null;
}

export interface MapDocumentTable {
  id: Generated<number>;
  country_code: string;
  name: string;
  document: ColumnType<unknown, string, string>;
  version: number;
  created_op: number;
  updated_op: number;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface MigrationTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface Database {
  operation: OperationTable;
  source_file: SourceFileTable;
  country: CountryTable;
  territorial_level: LevelTable;
  unit: UnitTable;
  unit_alias: UnitAliasTable;
  unit_boundary: UnitBoundaryTable;
  indicator: IndicatorTable;
  indicator_value: IndicatorValueTable;
  flow_dataset: FlowDatasetTable;
  flow: FlowTable;
  facility: FacilityTable;
  coop_body: CoopBodyTable;
  coop_membership: CoopMembershipTable;
  coop_event: CoopEventTable;
  map_document: MapDocumentTable;
  taawun_migration: MigrationTable;
}

/** Tables holding territorial data (not the operation journal): what a failed import must not touch. */
export const DATA_TABLES = [
  'source_file',
  'country',
  'territorial_level',
  'unit',
  'unit_alias',
  'unit_boundary',
  'indicator',
  'indicator_value',
  'flow_dataset',
  'flow',
  'facility',
  'coop_body',
  'coop_membership',
  'coop_event',
  'map_document',
] as const satisfies readonly (keyof Database)[];
