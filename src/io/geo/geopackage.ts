import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { TaawunError } from '../../core/errors.ts';
import { type Issue, issue } from '../../core/validation/issues.ts';
import { readSource } from '../source.ts';
import type { FeatureSet } from './features.ts';
import type { GeometryFormat, GeometryReadOptions } from './features.ts';
import { decodeGpkgGeometry } from './gpkg-geometry.ts';
import { assumeLonLat, checkTransform, geometryBounds, lonLatTransform, type ToLonLat, toLonLatGeometry } from './projection.ts';

/**
 * GeoPackage, the format QGIS saves to by default: an SQLite file whose gpkg_contents lists the
 * feature tables, gpkg_geometry_columns names each table's geometry column and coordinate system,
 * and gpkg_spatial_ref_sys defines those systems in WKT. sql.js reads it in memory (WebAssembly,
 * no native build), so the file is loaded through readSource and its size limit like any other.
 */
export const geopackageFormat: GeometryFormat = {
  name: 'geopackage',
  extensions: ['.gpkg'],
  sniff: (head) => head.subarray(0, 16).toString('latin1') === SQLITE_MAGIC,
  read: readGeoPackage,
};

const SQLITE_MAGIC = 'SQLite format 3\0';

// The WebAssembly module is compiled once per process, on first use.
let engine: Promise<SqlJsStatic> | undefined;

interface Layer {
  table: string;
  column: string;
  srsId: number;
}

export async function readGeoPackage(file: string, opts: GeometryReadOptions = {}): Promise<FeatureSet> {
  const src = await readSource(file, { maxBytes: opts.maxBytes, displayName: opts.displayName });
  const name = src.name;
  const invalid = (reason: string) => new TaawunError(issue('geopackage_invalid', { file: name, params: { reason } }));
  if (src.bytes.subarray(0, 16).toString('latin1') !== SQLITE_MAGIC) throw invalid('not an SQLite database');
  engine ??= initSqlJs();
  const SQL = await engine;
  let db: Database | undefined;
  try {
    db = new SQL.Database(src.bytes);
    const layer = pickLayer(listLayers(db, invalid), name, opts.layer);
    const { rows, issues } = readRows(db, layer, name);
    const bounds = geometryBounds(rows.map((r) => r.geometry));
    const transform = srsTransform(db, layer.srsId, bounds, name);
    return {
      file: name,
      features: rows.map((r) => ({ ...r, geometry: toLonLatGeometry(r.geometry, transform) })),
      summary: { ...src.summary, encoding: 'utf-8' },
      issues,
    };
  } catch (e) {
    if (e instanceof TaawunError) throw e;
    // sql.js says "file is not a database" or "database disk image is malformed".
    throw invalid((e as Error).message || String(e));
  } finally {
    db?.close();
  }
}

function listLayers(db: Database, invalid: (reason: string) => TaawunError): Layer[] {
  const tables = new Set(
    all(db, "select lower(name) as n from sqlite_master where type in ('table', 'view')").map((r) => String(r.n)),
  );
  for (const t of ['gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys']) {
    if (!tables.has(t)) throw invalid(`no ${t} table: an SQLite file, but not a GeoPackage`);
  }
  const layers = all(
    db,
    `select c.table_name as t, g.column_name as c, g.srs_id as s
       from gpkg_contents c join gpkg_geometry_columns g on lower(g.table_name) = lower(c.table_name)
      where c.data_type = 'features' order by c.table_name`,
  ).map((r) => ({ table: String(r.t), column: String(r.c), srsId: Number(r.s) }));
  if (layers.length === 0) throw invalid('no feature table (gpkg_contents lists no table of data_type "features")');
  return layers;
}

function pickLayer(layers: Layer[], file: string, wanted: string | null | undefined): Layer {
  const available = layers.map((l) => l.table).join(', ');
  if (!wanted) {
    if (layers.length === 1) return layers[0] as Layer;
    throw new TaawunError(issue('layer_missing', { file, params: { layer: '', available } }));
  }
  const found = layers.find((l) => l.table.toLowerCase() === wanted.toLowerCase());
  if (!found) throw new TaawunError(issue('layer_missing', { file, params: { layer: wanted, available } }));
  return found;
}

function readRows(db: Database, layer: Layer, file: string) {
  const columns = all(db, `pragma table_info(${quote(layer.table)})`);
  const booleans = new Set(columns.filter((c) => /^bool/i.test(String(c.type))).map((c) => String(c.name)));
  const rows: { row: number; properties: Record<string, unknown>; geometry: GeoJSON.Geometry | null }[] = [];
  const issues: Issue[] = [];
  // rowid order is the order the features were written in, as GDAL and QGIS list them.
  const stmt = db.prepare(`select * from ${quote(layer.table)} order by rowid`);
  try {
    while (stmt.step()) {
      const values = stmt.getAsObject();
      const row = rows.length + 1;
      let geometry: GeoJSON.Geometry | null = null;
      const properties: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(values)) {
        if (key.toLowerCase() === layer.column.toLowerCase()) {
          if (v instanceof Uint8Array) {
            try {
              geometry = decodeGpkgGeometry(v);
            } catch (e) {
              issues.push(
                issue('geometry_malformed', { file, row, field: layer.column, params: { reason: (e as Error).message } }),
              );
            }
          }
        } else properties[key] = plain(v, booleans.has(key));
      }
      rows.push({ row, properties, geometry });
    }
  } finally {
    stmt.free();
  }
  return { rows, issues };
}

/** SQLite values as JSON ones: booleans declared as such, other blobs as base64 text. */
function plain(v: SqlValue, boolean: boolean): string | number | boolean | null {
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (boolean && typeof v === 'number') return v !== 0;
  return v;
}

/**
 * The transform for a table's srs_id. 4326 is lon/lat already; the spec's 0 and -1 are
 * "undefined geographic" and "undefined Cartesian", accepted only when the numbers are degrees.
 * Otherwise the WKT definitions are tried (WKT 1, then the WKT 2 of the crs_wkt extension), then
 * the EPSG code for the few systems proj4 knows by number.
 */
function srsTransform(db: Database, srsId: number, bounds: ReturnType<typeof geometryBounds>, file: string): ToLonLat | null {
  const srs = all(db, 'select * from gpkg_spatial_ref_sys where srs_id = ?', [srsId])[0];
  const org = String(srs?.organization ?? '').toUpperCase();
  const code = Number(srs?.organization_coordsys_id);
  if (srsId === 4326 || (org === 'EPSG' && code === 4326)) return null;
  const candidates = [srs?.definition, srs?.definition_12_063, org && Number.isFinite(code) ? `${org}:${code}` : null]
    .map((d) => (typeof d === 'string' ? d.trim() : ''))
    .filter((d) => d !== '' && d.toLowerCase() !== 'undefined');
  if (srsId === 0 || srsId === -1 || candidates.length === 0) return assumeLonLat(bounds, file);
  let firstError: unknown;
  for (const definition of candidates) {
    try {
      const t = lonLatTransform(definition, file);
      checkTransform(t, bounds, definition, file);
      return t;
    } catch (e) {
      firstError ??= e;
    }
  }
  throw firstError;
}

function all(db: Database, sql: string, params: SqlValue[] = []): Record<string, SqlValue>[] {
  const stmt = db.prepare(sql, params);
  const out: Record<string, SqlValue>[] = [];
  try {
    while (stmt.step()) out.push(stmt.getAsObject());
  } finally {
    stmt.free();
  }
  return out;
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
