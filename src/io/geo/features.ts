import type { Issue } from '../../core/validation/issues.ts';
import type { FileSummary } from '../../core/validation/report.ts';

/** Features read from any geometry format, numbered as the user would count them (from 1). */
export interface FeatureSet {
  file: string;
  features: ReadFeature[];
  summary: FileSummary;
  issues: Issue[];
}

export interface ReadFeature {
  row: number;
  properties: Record<string, unknown>;
  geometry: GeoJSON.Geometry | null;
}

export function propertyString(p: Record<string, unknown>, key: string | null | undefined): string | null {
  if (!key) return null;
  let v = p[key];
  if (v === undefined) {
    const k = Object.keys(p).find((x) => x.toLowerCase() === key.toLowerCase());
    v = k === undefined ? undefined : p[k];
  }
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}
