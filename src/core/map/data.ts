/**
 * The data a map is drawn from, as the API sends it (`GET /api/countries/:c/map-data`) and as
 * the SVG renderer and the atlas take it: one row per unit with every year of the requested
 * indicators, the units above it, and its cooperation bodies. Geometry travels apart (TopoJSON).
 */
export interface MapUnit {
  code: string;
  names: { fr: string | null; ar: string | null; zgh: string | null; en: string | null };
  kind: string | null;
  areaKm2: number | null;
  /** Code of the unit above at each coarser level: { province: '09.001', region: '09' }. */
  ancestors: Record<string, string>;
  /** indicator → year → value (null: known to be missing). */
  values: Record<string, Record<string, number | null>>;
}

export interface MapMembership {
  unit: string;
  body: string;
  name: string;
  type: string;
}

export interface MapData {
  country: string;
  level: string;
  units: MapUnit[];
  memberships: MapMembership[];
  /** Names of the ancestors, so legends of categories by province can be labelled. */
  ancestorNames: Record<string, { fr: string | null; ar: string | null; en: string | null }>;
}

export interface MapFlow {
  origin: string;
  destination: string;
  value: number;
}

/** Name of a unit in the user's language, falling back to French, then the code. */
export function unitName(u: Pick<MapUnit, 'names' | 'code'>, lang: 'fr' | 'ar' | 'en'): string {
  return (lang === 'ar' ? u.names.ar : lang === 'en' ? u.names.en : null) ?? u.names.fr ?? u.names.ar ?? u.code;
}
