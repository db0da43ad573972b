import proj4 from 'proj4';
import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';

/** Turns one source position into [longitude, latitude] on WGS 84. */
export type ToLonLat = (x: number, y: number) => [number, number];

/** [minX, minY, maxX, maxY] of the source coordinates. */
export type Bounds = [number, number, number, number];

/**
 * Datum shifts that proj4 does not know by name and that the .prj files we receive never carry:
 * ArcGIS and GDAL write Merchich (Morocco's Lambert zones) and NTF (France's old Lambert II) WKT
 * without TOWGS84, and without the shift the communes land 150–300 m off. The parameters are the
 * EPSG transformations PROJ itself picks without grids (Merchich to WGS 84 (1), NTF to WGS 84 (1)).
 */
const KNOWN_DATUM_SHIFTS: { match: RegExp; towgs84: number[] }[] = [
  { match: /merchich/i, towgs84: [31, 146, 47] },
  { match: /^(d_)?ntf(_paris)?$|nouvelle_triangulation_fran/i, towgs84: [-168, -60, 320] },
];

const PJD_NODATUM = 5;

interface ParsedProj {
  projName?: string;
  datumCode?: string;
  datumName?: string;
  datum_params?: unknown[];
  nadgrids?: string;
  from_greenwich?: number;
  a?: number;
  datum?: { datum_type?: number; datum_params?: number[] };
  GEOGCS?: { UNIT?: { name?: string; convert?: number } };
}

/** Projection parameters proj4 reads as degrees even when the WKT gives them in its angular unit. */
const ANGULAR_PARAMETERS = ['lat0', 'lat1', 'lat2', 'lat_ts', 'long0', 'longc'] as const;

/**
 * A transform to lon/lat from a coordinate system definition (WKT 1 as in .prj files, WKT 2 or
 * "EPSG:n" as in GeoPackages). Returns null when the coordinates are lon/lat on WGS 84 already,
 * so they come through bit for bit. Throws projection_unknown when proj4 cannot make sense of it.
 */
export function lonLatTransform(definition: string, file: string): ToLonLat | null {
  const label = projectionLabel(definition);
  const unknown = () => new TaawunError(issue('projection_unknown', { file, params: { projection: label } }));
  let parsed: ParsedProj;
  try {
    parsed = new proj4.Proj(definition.trim()) as unknown as ParsedProj;
  } catch {
    throw unknown();
  }
  if (!parsed?.projName) throw unknown();
  if (isWgs84LonLat(parsed)) return null;
  const shift = parsed.datum?.datum_type === PJD_NODATUM ? knownShift(parsed) : null;
  const grads = gradFactor(parsed);
  let source: proj4.ProjectionDefinition | string = definition.trim();
  if (shift || grads) {
    // proj4 accepts a parsed definition object; dropping the computed datum makes it rebuild one
    // from the parameters we correct.
    const fixed: Record<string, unknown> = { ...parsed, datum: undefined };
    if (shift) fixed.datum_params = shift;
    if (grads) for (const k of ANGULAR_PARAMETERS) if (typeof fixed[k] === 'number') fixed[k] = (fixed[k] as number) * grads;
    source = fixed as unknown as proj4.ProjectionDefinition;
  }
  let converter: proj4.Converter;
  try {
    converter = proj4(source as string, 'EPSG:4326');
  } catch {
    throw unknown();
  }
  return (x, y) => {
    const [lon, lat] = converter.forward([x, y]) as [number, number];
    return [lon, lat];
  };
}

/** Refuses coordinates that cannot be lon/lat when the file does not say how they are projected. */
export function assumeLonLat(bounds: Bounds | null, file: string): null {
  if (!bounds || isLonLatRange(bounds)) return null;
  const r = (v: number) => Math.round(v);
  throw new TaawunError(
    issue('projection_unknown', {
      file,
      params: { projection: `x ${r(bounds[0])}…${r(bounds[2])}, y ${r(bounds[1])}…${r(bounds[3])}` },
    }),
  );
}

/** Throws projection_unknown when a transform sends the middle of the data off the globe. */
export function checkTransform(t: ToLonLat | null, bounds: Bounds | null, definition: string, file: string): void {
  if (!t || !bounds) return;
  const [lon, lat] = t((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2);
  if (!isLonLatRange([lon, lat, lon, lat])) {
    throw new TaawunError(issue('projection_unknown', { file, params: { projection: projectionLabel(definition) } }));
  }
}

function isLonLatRange(b: Bounds): boolean {
  return b.every(Number.isFinite) && b[0] >= -180 && b[2] <= 180 && b[1] >= -90 && b[3] <= 90;
}

function isWgs84LonLat(p: ParsedProj): boolean {
  if (p.projName !== 'longlat' || p.from_greenwich) return false;
  const params = (p.datum?.datum_params ?? []).map(Number);
  // WGS 84 itself, or an unnamed datum on the WGS 84 / GRS 80 ellipsoid (WKT 2 ensembles, RGF93,
  // ETRS89): all within a metre of WGS 84, far below the precision of commune boundaries.
  return params.every((v) => v === 0) && p.a === 6378137;
}

/**
 * France's old Lambert zones (NTF Paris) state their latitudes in grads; proj4 takes them for
 * degrees and puts Paris 575 km north. Returns the factor from what proj4 read to the truth.
 */
function gradFactor(p: ParsedProj): number | null {
  const unit = p.GEOGCS?.UNIT;
  if (p.projName === 'longlat' || !unit?.convert || !/^(grad|gon)/i.test(unit.name ?? '')) return null;
  return unit.convert / (Math.PI / 180);
}

function knownShift(p: ParsedProj): number[] | null {
  const names = [p.datumCode, p.datumName].filter((n): n is string => typeof n === 'string');
  return KNOWN_DATUM_SHIFTS.find((d) => names.some((n) => d.match.test(n)))?.towgs84 ?? null;
}

/** A short name for messages: the WKT's own name ("Sud_Maroc") or the code, not the whole text. */
export function projectionLabel(definition: string): string {
  const name = /^\s*[A-Z_0-9]+\s*\[\s*"([^"]*)"/i.exec(definition)?.[1];
  return name ?? definition.trim().slice(0, 60);
}

/** A 2D copy of a geometry in lon/lat (also drops Z and M, and stray `bbox` members). */
export function toLonLatGeometry(g: GeoJSON.Geometry | null, t: ToLonLat | null): GeoJSON.Geometry | null {
  if (!g) return null;
  const pos = (p: number[]): GeoJSON.Position => (t ? t(p[0] as number, p[1] as number) : [p[0] as number, p[1] as number]);
  const line = (l: number[][]) => l.map(pos);
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: pos(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: line(g.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: line(g.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(line) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(line) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(line)) };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: g.geometries.map((x) => toLonLatGeometry(x, t)).filter((x): x is GeoJSON.Geometry => x !== null),
      };
  }
}

/** Bounds of all positions, or null when there are none. */
export function geometryBounds(geometries: Iterable<GeoJSON.Geometry | null>): Bounds | null {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x === undefined || y === undefined) return;
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
      return;
    }
    for (const x of c) visit(x);
  };
  for (const g of geometries) {
    if (!g) continue;
    if (g.type === 'GeometryCollection') {
      const inner = geometryBounds(g.geometries);
      if (inner)
        visit([
          [inner[0], inner[1]],
          [inner[2], inner[3]],
        ]);
    } else visit(g.coordinates);
  }
  return b[0] === Infinity ? null : b;
}
