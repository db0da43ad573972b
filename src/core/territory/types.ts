/**
 * The territorial reference: countries, their configurable levels, and units.
 * Pure types; no database, HTTP or i18n here.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** ISO-like country code of a territory ("MA", "FR", or a user code such as "IT-SAR"). */
export type CountryCode = Brand<string, 'CountryCode'>;
/** An official unit code, unique within a country and level (HCP "09.001.01.01", INSEE "75056"). */
export type UnitCode = Brand<string, 'UnitCode'>;
/** Identifier of a territorial level within a country ("region", "cercle", "commune"). */
export type LevelId = string;

export const countryCode = (s: string) => s as CountryCode;
export const unitCode = (s: string) => s as UnitCode;

/** Names in the languages the platform knows; Tifinagh names go in `zgh`. */
export interface Names {
  fr?: string | null;
  ar?: string | null;
  zgh?: string | null;
  en?: string | null;
}

export const NAME_LANGS = ['fr', 'ar', 'zgh', 'en'] as const;
export type NameLang = (typeof NAME_LANGS)[number];

export interface LevelDef {
  id: LevelId;
  /** 1 for the top level below the country; larger is finer. */
  rank: number;
  labels: Names;
  /**
   * Levels a unit of this level may hang from, in order of preference. Moroccan rural communes
   * sit in a cercle, urban communes directly in their province: `['cercle', 'province']`.
   */
  parents: LevelId[];
  /** Allowed values of `UnitRecord.kind` (urban, rural, prefecture…); empty means free. */
  kinds?: string[];
  /** Whether units of this level are expected to have a boundary (reported when missing). */
  expectsBoundary?: boolean;
}

export interface CountryDef {
  code: CountryCode;
  names: Names;
  levels: LevelDef[];
  /** True for generated demonstration territories, labelled fictional wherever they appear. */
  fictional?: boolean;
}

/** Where an imported record came from: file name and 1-based row (CSV line, feature index + 1). */
export interface SourceRef {
  file: string;
  row?: number | null;
  field?: string | null;
}

/** A reference to a unit as found in an input file, resolved against the store on import. */
export interface UnitRef {
  code?: string | null;
  level?: LevelId | null;
  /** Alternative code scheme the `code` belongs to ("hcp_digits", "insee_2018"); default official. */
  scheme?: string | null;
  /** Name used as a fallback when the code does not join. */
  name?: string | null;
}

export interface UnitAlias {
  scheme: string;
  code: string;
}

export interface UnitRecord {
  level: LevelId;
  code: UnitCode;
  kind?: string | null;
  names: Names;
  parent?: UnitRef | null;
  validFrom?: string | null;
  validTo?: string | null;
  aliases?: UnitAlias[];
  source: SourceRef;
}

/** Boundaries are GeoJSON polygons in EPSG:4326 (longitude, latitude). */
export type PolygonalGeometry = GeoJSON.Polygon | GeoJSON.MultiPolygon;

export interface BoundaryRecord {
  unit: UnitRef;
  geometry: PolygonalGeometry;
  /**
   * The geometry is a MultiPolygon of adjacent parts to be dissolved into one boundary (a French
   * commune nouvelle rebuilt from the communes it merged). Done by PostGIS on import.
   */
  dissolve?: boolean;
  source: SourceRef;
}

export function levelById(country: CountryDef, id: LevelId): LevelDef | undefined {
  return country.levels.find((l) => l.id === id);
}
