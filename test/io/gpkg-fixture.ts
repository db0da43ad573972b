import { writeFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import wkx from 'wkx';

/**
 * Builds GeoPackages for the tests with sql.js: the three gpkg_ tables of the 1.3 spec and one
 * table per layer, geometries as GeoPackage blobs (header "GP", flags, srs_id, envelope, WKB).
 * Written independently of the reader, so a mistake in one is not mirrored in the other.
 */
export interface GpkgLayer {
  table: string;
  features: GeoJSON.Feature[];
  srsId?: number;
  /** Columns and their SQL types; default: every property as TEXT. */
  columns?: Record<string, string>;
  /** Big-endian header (flags bit 0 clear), to exercise both byte orders. */
  bigEndian?: boolean;
}

export interface GpkgSrs {
  srsId: number;
  organization: string;
  code: number;
  definition: string;
}

const SRS_WGS84: GpkgSrs = {
  srsId: 4326,
  organization: 'EPSG',
  code: 4326,
  definition:
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]',
};

export async function writeGeoPackage(dir: string, name: string, layers: GpkgLayer[], srs: GpkgSrs[] = []): Promise<string> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(`
    pragma application_id = 1196444487; pragma user_version = 10300;
    create table gpkg_spatial_ref_sys (srs_name text not null, srs_id integer primary key, organization text not null,
      organization_coordsys_id integer not null, definition text not null, description text);
    create table gpkg_contents (table_name text not null primary key, data_type text not null, identifier text unique,
      description text default '', last_change datetime not null default (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x double, min_y double, max_x double, max_y double, srs_id integer references gpkg_spatial_ref_sys(srs_id));
    create table gpkg_geometry_columns (table_name text not null, column_name text not null, geometry_type_name text not null,
      srs_id integer not null, z tinyint not null, m tinyint not null, primary key (table_name, column_name));
    insert into gpkg_spatial_ref_sys values ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', null);
    insert into gpkg_spatial_ref_sys values ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', null);`);
  for (const s of [SRS_WGS84, ...srs.filter((x) => x.srsId !== 4326)]) {
    db.run('insert into gpkg_spatial_ref_sys values (?, ?, ?, ?, ?, null)', [
      `srs ${s.srsId}`,
      s.srsId,
      s.organization,
      s.code,
      s.definition,
    ]);
  }
  for (const layer of layers) {
    const srsId = layer.srsId ?? 4326;
    const columns = layer.columns ?? Object.fromEntries(Object.keys(layer.features[0]?.properties ?? {}).map((k) => [k, 'TEXT']));
    const names = Object.keys(columns);
    const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
    db.run(
      `create table ${q(layer.table)} (fid integer primary key autoincrement, geom geometry${names.map((n) => `, ${q(n)} ${columns[n]}`).join('')})`,
    );
    db.run("insert into gpkg_contents (table_name, data_type, identifier, srs_id) values (?, 'features', ?, ?)", [
      layer.table,
      layer.table,
      srsId,
    ]);
    db.run("insert into gpkg_geometry_columns values (?, 'geom', 'GEOMETRY', ?, 0, 0)", [layer.table, srsId]);
    const insert = db.prepare(
      `insert into ${q(layer.table)} (geom${names.map((n) => `, ${q(n)}`).join('')}) values (?${names.map(() => ', ?').join('')})`,
    );
    for (const f of layer.features) {
      const props = f.properties ?? {};
      insert.run([
        f.geometry ? gpkgBlob(f.geometry, srsId, layer.bigEndian) : null,
        ...names.map((n) => (props[n] ?? null) as string | number | null),
      ]);
    }
    insert.free();
  }
  const file = path.join(dir, name);
  writeFileSync(file, db.export());
  db.close();
  return file;
}

/** A GeoPackage geometry blob with an xy envelope. */
export function gpkgBlob(g: GeoJSON.Geometry, srsId: number, bigEndian = false): Uint8Array {
  const wkb = wkx.Geometry.parseGeoJSON(g).toWkb();
  const header = Buffer.alloc(8 + 32);
  header.write('GP', 0, 'latin1');
  header[2] = 0; // version 1
  header[3] = (1 << 1) | (bigEndian ? 0 : 1); // envelope [minx, maxx, miny, maxy]; byte order
  const xs: number[] = [];
  const ys: number[] = [];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      xs.push(c[0]);
      ys.push(c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  if (g.type !== 'GeometryCollection') visit(g.coordinates);
  const min = (a: number[]) => a.reduce((m, v) => Math.min(m, v), Infinity);
  const max = (a: number[]) => a.reduce((m, v) => Math.max(m, v), -Infinity);
  const env = [min(xs), max(xs), min(ys), max(ys)];
  if (bigEndian) header.writeInt32BE(srsId, 4);
  else header.writeInt32LE(srsId, 4);
  env.forEach((v, i) => {
    if (bigEndian) header.writeDoubleBE(v, 8 + i * 8);
    else header.writeDoubleLE(v, 8 + i * 8);
  });
  return Buffer.concat([header, wkb]);
}
