import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaawunError } from '../../src/core/errors.ts';
import type { Issue } from '../../src/core/validation/issues.ts';
import type { FeatureSet } from '../../src/io/geo/features.ts';
import { readGeometryFile } from '../../src/io/geo/formats.ts';
import { readGeoPackage } from '../../src/io/geo/geopackage.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';
import { writeGeoPackage } from './gpkg-fixture.ts';
import { bbox, planarArea, tempDir } from './shapefile-fixture.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('taawun-gpkg-');
});
afterAll(() => tmp?.dispose());

async function refusal(p: Promise<unknown>): Promise<Issue> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TaawunError) return e.issue;
    throw e;
  }
  throw new Error('expected a TaawunError');
}

const square = (x0: number, y0: number, x1: number, y1: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x0, y1],
      [x1, y1],
      [x1, y0],
      [x0, y0],
    ],
  ],
});
const feature = (geometry: GeoJSON.Geometry, properties: Record<string, unknown> = {}): GeoJSON.Feature => ({
  type: 'Feature',
  geometry,
  properties,
});

describeWithData('GeoPackage: the 175 communes of Souss-Massa survive a round trip', () => {
  let source: FeatureSet;
  let read: FeatureSet;
  beforeAll(async () => {
    source = await readGeometryFile(dataPath('morocco', 'geometry', '09.topojson'));
    const features = source.features.map((f) => feature(f.geometry as GeoJSON.Geometry, f.properties));
    read = await readGeometryFile(await writeGeoPackage(tmp.dir, 'souss-massa.gpkg', [{ table: 'communes', features }]));
  });

  it('reads 175 features with the same codes, in the same order', () => {
    expect(read.features).toHaveLength(175);
    expect(read.features.map((f) => f.properties.code)).toEqual(source.features.map((f) => f.properties.code));
    expect(read.features.map((f) => f.properties.name)).toEqual(source.features.map((f) => f.properties.name));
    expect(read.file).toBe('souss-massa.gpkg');
    expect(read.issues).toEqual([]);
  });

  it('keeps every geometry (WKB doubles carry the coordinates exactly)', () => {
    read.features.forEach((f, i) => {
      const g = source.features[i]?.geometry ?? null;
      expect(f.geometry).toEqual(g);
      expect(planarArea(f.geometry)).toBe(planarArea(g));
    });
  });
});

describe('GeoPackage: coordinate systems', () => {
  // `projinfo EPSG:26192 -o WKT1_GDAL`, as QGIS stores it: no TOWGS84.
  const SUD_MAROC =
    'PROJCS["Merchich / Sud Maroc",GEOGCS["Merchich",DATUM["Merchich",SPHEROID["Clarke 1880 (IGN)",6378249.2,293.466021293627,AUTHORITY["EPSG","7011"]],AUTHORITY["EPSG","6261"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4261"]],PROJECTION["Lambert_Conformal_Conic_1SP"],PARAMETER["latitude_of_origin",29.7],PARAMETER["central_meridian",-5.4],PARAMETER["scale_factor",0.999615596],PARAMETER["false_easting",500000],PARAMETER["false_northing",300000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","26192"]]';

  it('reprojects Merchich / Sud Maroc to lon/lat within 5 m (truth: PROJ cs2cs)', async () => {
    const file = await writeGeoPackage(
      tmp.dir,
      'merchich.gpkg',
      [
        {
          table: 'points',
          srsId: 26192,
          features: [
            feature({ type: 'Point', coordinates: [96534.9444, 387379.3183] }, { code: 'A' }),
            feature({ type: 'Point', coordinates: [248351.8257, 303095.2607] }, { code: 'B' }),
          ],
        },
      ],
      [{ srsId: 26192, organization: 'EPSG', code: 26192, definition: SUD_MAROC }],
    );
    const set = await readGeometryFile(file);
    const [a, b] = set.features.map((f) => (f.geometry as GeoJSON.Point).coordinates as [number, number]);
    // 1e-5 degree is about 1 m at this latitude.
    expect(Math.abs((a?.[0] ?? 0) + 9.6)).toBeLessThan(5e-5);
    expect(Math.abs((a?.[1] ?? 0) - 30.42)).toBeLessThan(5e-5);
    expect(Math.abs((b?.[0] ?? 0) + 8.0)).toBeLessThan(5e-5);
    expect(Math.abs((b?.[1] ?? 0) - 29.7)).toBeLessThan(5e-5);
  });

  it('falls back on the EPSG code when the definition says "undefined"', async () => {
    const R = 6378137;
    const file = await writeGeoPackage(
      tmp.dir,
      'mercator.gpkg',
      [
        {
          table: 't',
          srsId: 3857,
          features: [
            feature({
              type: 'Point',
              coordinates: [R * ((-9.6 * Math.PI) / 180), R * Math.log(Math.tan(Math.PI / 4 + (30.42 * Math.PI) / 360))],
            }),
          ],
        },
      ],
      [{ srsId: 3857, organization: 'EPSG', code: 3857, definition: 'undefined' }],
    );
    const [lon, lat] = ((await readGeometryFile(file)).features[0]?.geometry as GeoJSON.Point | undefined)?.coordinates ?? [];
    expect(lon).toBeCloseTo(-9.6, 9);
    expect(lat).toBeCloseTo(30.42, 9);
  });

  it('accepts an undefined system for degrees, refuses it for metres', async () => {
    const deg = await writeGeoPackage(tmp.dir, 'undef-deg.gpkg', [
      { table: 't', srsId: 0, features: [feature(square(-9.6, 30.4, -9.5, 30.5))] },
    ]);
    expect(bbox((await readGeometryFile(deg)).features[0]?.geometry ?? null)).toEqual([-9.6, 30.4, -9.5, 30.5]);
    const m = await writeGeoPackage(tmp.dir, 'undef-m.gpkg', [
      { table: 't', srsId: -1, features: [feature(square(96534, 387034, 106447, 396239))] },
    ]);
    expect(await refusal(readGeometryFile(m))).toMatchObject({ code: 'projection_unknown', file: 'undef-m.gpkg' });
  });

  it('refuses a coordinate system it cannot understand', async () => {
    const file = await writeGeoPackage(
      tmp.dir,
      'mystery.gpkg',
      [{ table: 't', srsId: 990001, features: [feature(square(96534, 387034, 106447, 396239))] }],
      [{ srsId: 990001, organization: 'NONE', code: 990001, definition: 'LOCAL_CS["Mystery grid"]' }],
    );
    expect(await refusal(readGeometryFile(file))).toMatchObject({ code: 'projection_unknown', file: 'mystery.gpkg' });
  });
});

describe('GeoPackage: layers and values', () => {
  const a = feature(square(-9.6, 30.4, -9.5, 30.5), { code: 'A', pop: 12, share: 0.25, urban: 1, name_ar: 'أكادير' });
  const b = feature(square(-9.5, 30.4, -9.4, 30.5), { code: 'B', pop: null, share: null, urban: 0, name_ar: null });
  const columns = { code: 'TEXT', pop: 'INTEGER', share: 'REAL', urban: 'BOOLEAN', name_ar: 'TEXT' };

  it('gives plain values: numbers, booleans, nulls and UTF-8 text', async () => {
    const file = await writeGeoPackage(tmp.dir, 'values.gpkg', [
      { table: 'communes', columns, features: [a, b], bigEndian: true },
    ]);
    const set = await readGeometryFile(file);
    expect(set.features.map((f) => f.row)).toEqual([1, 2]);
    expect(set.features[0]?.properties).toEqual({ fid: 1, code: 'A', pop: 12, share: 0.25, urban: true, name_ar: 'أكادير' });
    expect(set.features[1]?.properties).toEqual({ fid: 2, code: 'B', pop: null, share: null, urban: false, name_ar: null });
    expect(set.features[0]?.geometry).toEqual(a.geometry);
  });

  it('lists the feature tables when there are several and none is named', async () => {
    const file = await writeGeoPackage(tmp.dir, 'two.gpkg', [
      { table: 'communes', features: [a] },
      { table: 'provinces', features: [b] },
    ]);
    expect(await refusal(readGeometryFile(file))).toMatchObject({
      code: 'layer_missing',
      file: 'two.gpkg',
      params: { layer: '', available: 'communes, provinces' },
    });
    expect((await readGeometryFile(file, { layer: 'Provinces' })).features[0]?.properties.code).toBe('B');
    expect(await refusal(readGeometryFile(file, { layer: 'cercles' }))).toMatchObject({
      code: 'layer_missing',
      params: { layer: 'cercles' },
    });
  });

  it('reports a damaged geometry at its row and reads the others', async () => {
    const file = await writeGeoPackage(tmp.dir, 'damaged.gpkg', [{ table: 'communes', features: [a, b] }]);
    const SQL = await initSqlJs();
    const db = new SQL.Database(readFileSync(file));
    db.run("update communes set geom = x'475000010000000001' where fid = 2");
    writeFileSync(file, db.export());
    db.close();
    const set = await readGeometryFile(file);
    expect(set.features[0]?.geometry).toEqual(a.geometry);
    expect(set.features[1]?.geometry).toBeNull();
    expect(set.issues).toMatchObject([{ code: 'geometry_malformed', file: 'damaged.gpkg', row: 2, field: 'geom' }]);
  });
});

describe('GeoPackage: bad inputs are refused with the reason and the file name', () => {
  it('a .gpkg that is not SQLite', async () => {
    const file = path.join(tmp.dir, 'fake.gpkg');
    writeFileSync(file, 'this is not a database at all\n'.repeat(10));
    // Through the registry, the format the name announces reads it and says why.
    expect(await refusal(readGeometryFile(file))).toMatchObject({ code: 'geopackage_invalid', file: 'fake.gpkg' });
    // Asked directly, the same.
    expect(await refusal(readGeoPackage(file))).toMatchObject({
      code: 'geopackage_invalid',
      file: 'fake.gpkg',
      params: { reason: 'not an SQLite database' },
    });
  });

  it('an SQLite file that is not a GeoPackage', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run('create table communes (code text)');
    const file = path.join(tmp.dir, 'plain.gpkg');
    writeFileSync(file, db.export());
    db.close();
    const i = await refusal(readGeometryFile(file));
    expect(i).toMatchObject({ code: 'geopackage_invalid', file: 'plain.gpkg' });
    expect(String(i.params?.reason)).toContain('gpkg_contents');
  });

  it('a GeoPackage without a feature table', async () => {
    const file = await writeGeoPackage(tmp.dir, 'empty.gpkg', []);
    const i = await refusal(readGeometryFile(file, { displayName: 'tables.gpkg' }));
    expect(i).toMatchObject({ code: 'geopackage_invalid', file: 'tables.gpkg' });
    expect(String(i.params?.reason)).toContain('no feature table');
  });

  it('a truncated GeoPackage', async () => {
    const whole = await writeGeoPackage(tmp.dir, 'whole.gpkg', [
      { table: 'communes', features: [feature(square(0, 0, 1, 1), { code: 'A' })] },
    ]);
    const file = path.join(tmp.dir, 'cut.gpkg');
    writeFileSync(file, readFileSync(whole).subarray(0, 1000));
    expect(await refusal(readGeometryFile(file))).toMatchObject({ code: 'geopackage_invalid', file: 'cut.gpkg' });
  });

  it('a GeoPackage over the size limit, before reading it', async () => {
    const file = await writeGeoPackage(tmp.dir, 'big.gpkg', [
      { table: 'communes', features: [feature(square(0, 0, 1, 1), { code: 'A' })] },
    ]);
    expect(await refusal(readGeometryFile(file, { maxBytes: 1000 }))).toMatchObject({ code: 'file_too_large', file: 'big.gpkg' });
  });
});
