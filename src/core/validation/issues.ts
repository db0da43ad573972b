/**
 * Validation issues. An issue is data — a code, a severity, a location and parameters — and is
 * turned into words only at the edges (CLI, web, documents) through i18n, key `issue.<code>`.
 *
 * Severities decide what an import may do:
 * - `error`: nothing is written;
 * - `repair`: the importer can fix it (ST_MakeValid, a name match); written only when the user
 *   accepts the listed repairs;
 * - `warning`: written, but worth a look (overlaps, gaps, children that do not add up);
 * - `info`: facts about the import (codes that changed since a reference year).
 */
export const SEVERITIES = ['error', 'repair', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ISSUE_CODES = {
  // reading files
  file_too_large: 'error',
  file_unreadable: 'error',
  file_empty: 'error',
  encoding_converted: 'info',
  encoding_unknown: 'error',
  json_invalid: 'error',
  format_unknown: 'error',
  zip_invalid: 'error',
  zip_not_shapefile: 'error',
  shapefile_incomplete: 'error',
  geopackage_invalid: 'error',
  projection_unknown: 'error',
  topojson_object_missing: 'error',
  layer_missing: 'error',
  column_missing: 'error',
  sheet_missing: 'error',
  // values and codes
  code_missing: 'error',
  code_duplicate: 'error',
  code_unmatched: 'error',
  code_ambiguous: 'error',
  code_matched_by_name: 'repair',
  code_ambiguous_name: 'error',
  parent_unmatched: 'error',
  level_unknown: 'error',
  kind_unknown: 'error',
  value_not_number: 'error',
  value_impossible: 'error',
  year_invalid: 'error',
  date_invalid: 'error',
  body_type_unknown: 'error',
  body_unknown: 'error',
  country_unknown: 'error',
  indicator_unknown: 'error',
  // geometry
  geometry_missing: 'error',
  geometry_not_polygonal: 'error',
  geometry_not_point: 'error',
  geometry_malformed: 'error',
  coordinates_out_of_range: 'error',
  geometry_invalid_repaired: 'repair',
  geometry_empty_after_repair: 'error',
  unit_without_boundary: 'warning',
  boundary_overlap: 'warning',
  boundary_gap: 'warning',
  // consistency
  children_sum_mismatch: 'warning',
  unit_code_changed: 'info',
  unit_absorbed: 'info',
  boundary_rebuilt_from_parts: 'info',
  unit_new_since: 'info',
  unit_disappeared: 'warning',
  member_count_differs: 'warning',
  value_missing_noted: 'info',
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_CODES;
export type IssueParams = Record<string, string | number | boolean | null>;

export interface Issue {
  code: IssueCode;
  severity: Severity;
  file?: string;
  /** 1-based row: line of a CSV (header is line 1), feature number in a geometry file. */
  row?: number;
  field?: string;
  /** Official code of the unit the issue is about, when there is one. */
  unit?: string;
  params?: IssueParams;
}

export function issue(
  code: IssueCode,
  where: Omit<Issue, 'code' | 'severity'> = {},
  severity: Severity = ISSUE_CODES[code],
): Issue {
  const out: Issue = { code, severity };
  if (where.file !== undefined) out.file = where.file;
  if (where.row !== undefined && where.row !== null) out.row = where.row;
  if (where.field !== undefined && where.field !== null) out.field = where.field;
  if (where.unit !== undefined) out.unit = where.unit;
  if (where.params !== undefined) out.params = where.params;
  return out;
}
