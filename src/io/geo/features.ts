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

export interface GeometryReadOptions {
  displayName?: string;
  /** TopoJSON object, GeoPackage layer or shapefile in a zip, when the file holds several. */
  layer?: string | null;
  /** Encoding of a shapefile's .dbf when it has no .cpg. */
  encoding?: string | null;
  maxBytes?: number;
}

/** One geometry file format: how to recognise it and how to read it into features. */
export interface GeometryFormat {
  name: string;
  extensions: string[];
  /** True when the first bytes say the file is of this format. */
  sniff(head: Buffer): boolean;
  read(file: string, opts: GeometryReadOptions): Promise<FeatureSet>;
}
