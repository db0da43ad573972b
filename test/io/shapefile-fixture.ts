import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import shpwrite from '@mapbox/shp-write';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';

/**
 * Builds shapefiles for the tests, in a temporary folder: nothing binary is committed. shp-write's
 * `zip()` names every polygon layer "POLYGON" and so drops the Polygons when MultiPolygons follow;
 * its low-level `write()` takes both in one layer, and we zip the parts ourselves to choose the
 * names, the .prj and the .cpg.
 */
export function tempDir(prefix = 'taawun-geo-'): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ShapefileOptions {
  /** Name of the layer inside the zip (default "layer"); may include a folder. */
  layer?: string;
  prj?: string | null;
  cpg?: string | null;
  /** Encoding of the .dbf text (default UTF-8). */
  encoding?: string;
  /** Parts to leave out (".dbf", ".shx"). */
  omit?: string[];
  /** More entries for the archive. */
  extra?: Record<string, Uint8Array | string>;
}

export interface ShapefileParts {
  shp: Uint8Array;
  shx: Uint8Array;
  dbf: Uint8Array;
}

/** The .shp, .shx and .dbf of polygon or point features. */
export function shapefileParts(features: GeoJSON.Feature[], encoding = 'utf-8'): ShapefileParts {
  const polygonal = features.every((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const points = features.every((f) => f.geometry?.type === 'Point');
  if (!polygonal && !points) throw new Error('fixture: one geometry kind per layer, polygons or points');
  // The dbf writer stores each character code as one byte: hand it the encoded bytes as characters.
  const rows = features.map((f) =>
    Object.fromEntries(
      Object.entries(f.properties ?? {}).map(([k, v]) => [
        bytesAsChars(k, encoding),
        typeof v === 'string' ? bytesAsChars(v, encoding) : v,
      ]),
    ),
  );
  const geometries = features.map((f) => (f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon | GeoJSON.Point).coordinates);
  let out: ShapefileParts | undefined;
  shpwrite.write(rows, points ? 'POINT' : 'POLYGON', geometries, (err, files) => {
    if (err) throw err;
    const bytes = (v: DataView) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    out = { shp: bytes(files.shp), shx: bytes(files.shx), dbf: bytes(files.dbf) };
  });
  if (!out) throw new Error('fixture: shp-write did not call back');
  return out;
}

/** A zipped shapefile, written to `dir/name`; returns its path. */
export function writeShapefileZip(dir: string, name: string, features: GeoJSON.Feature[], o: ShapefileOptions = {}): string {
  const layer = o.layer ?? 'layer';
  const parts = shapefileParts(features, o.encoding);
  const entries: Record<string, Uint8Array> = {};
  const add = (ext: string, data: Uint8Array | string | null | undefined) => {
    if (data === null || data === undefined || o.omit?.includes(ext)) return;
    entries[`${layer}${ext}`] = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  };
  add('.shp', parts.shp);
  add('.shx', parts.shx);
  add('.dbf', parts.dbf);
  add('.prj', o.prj === undefined ? WGS84_PRJ : o.prj);
  add('.cpg', o.cpg);
  for (const [k, v] of Object.entries(o.extra ?? {})) entries[k] = typeof v === 'string' ? new TextEncoder().encode(v) : v;
  const file = path.join(dir, name);
  writeFileSync(file, zipSync(entries));
  return file;
}

function bytesAsChars(s: string, encoding: string): string {
  return iconv.encode(s, encoding).toString('latin1');
}

export const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]';

/** As ArcGIS and GDAL write it for EPSG:26192 (`projinfo EPSG:26192 -o WKT1_ESRI`): no TOWGS84. */
export const MERCHICH_SUD_MAROC_PRJ =
  'PROJCS["Sud_Maroc",GEOGCS["GCS_Merchich",DATUM["D_Merchich",SPHEROID["Clarke_1880_IGN",6378249.2,293.466021293627]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",300000.0],PARAMETER["Central_Meridian",-5.4],PARAMETER["Standard_Parallel_1",29.7],PARAMETER["Scale_Factor",0.999615596],PARAMETER["Latitude_Of_Origin",29.7],UNIT["Meter",1.0]]';

/** `projinfo EPSG:2154 -o WKT1_ESRI`: French communes today. */
export const LAMBERT_93_PRJ =
  'PROJCS["RGF_1993_Lambert_93",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],PARAMETER["Central_Meridian",3.0],PARAMETER["Standard_Parallel_1",49.0],PARAMETER["Standard_Parallel_2",44.0],PARAMETER["Latitude_Of_Origin",46.5],UNIT["Meter",1.0]]';

/** `projinfo EPSG:27572 -o WKT1_ESRI`: older French data, latitudes in grads, Paris meridian. */
export const NTF_LAMBERT_II_PRJ =
  'PROJCS["NTF_Paris_Lambert_Zone_II",GEOGCS["GCS_NTF_Paris",DATUM["D_NTF",SPHEROID["Clarke_1880_IGN",6378249.2,293.466021293627]],PRIMEM["Paris",2.33722917],UNIT["Grad",0.0157079632679489]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",600000.0],PARAMETER["False_Northing",2200000.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",52.0],PARAMETER["Scale_Factor",0.99987742],PARAMETER["Latitude_Of_Origin",52.0],UNIT["Meter",1.0]]';

/** `projinfo EPSG:3857 -o WKT1_ESRI`. */
export const WEB_MERCATOR_PRJ =
  'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Mercator_Auxiliary_Sphere"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",0.0],PARAMETER["Standard_Parallel_1",0.0],PARAMETER["Auxiliary_Sphere_Type",0.0],UNIT["Meter",1.0]]';

/** Planar area in square degrees, outer rings minus holes, whatever the ring orientation. */
export function planarArea(g: GeoJSON.Geometry | null): number {
  if (!g) return 0;
  const ring = (r: GeoJSON.Position[]) => {
    let s = 0;
    for (let i = 1; i < r.length; i++) s += (r[i - 1]?.[0] ?? 0) * (r[i]?.[1] ?? 0) - (r[i]?.[0] ?? 0) * (r[i - 1]?.[1] ?? 0);
    return Math.abs(s / 2);
  };
  const poly = (p: GeoJSON.Position[][]) => p.reduce((s, r, i) => s + (i === 0 ? ring(r) : -ring(r)), 0);
  if (g.type === 'Polygon') return poly(g.coordinates);
  if (g.type === 'MultiPolygon') return g.coordinates.reduce((s, p) => s + poly(p), 0);
  return 0;
}

/** [minLon, minLat, maxLon, maxLat] of a geometry's positions. */
export function bbox(g: GeoJSON.Geometry | null): number[] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0] as number, c[0]);
      b[1] = Math.min(b[1] as number, c[1] as number);
      b[2] = Math.max(b[2] as number, c[0]);
      b[3] = Math.max(b[3] as number, c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (g && g.type !== 'GeometryCollection') visit(g.coordinates);
  return b;
}
