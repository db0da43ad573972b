import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaawunError } from '../../src/core/errors.ts';
import type { Issue } from '../../src/core/validation/issues.ts';
import type { FeatureSet } from '../../src/io/geo/features.ts';
import { readGeometryFile } from '../../src/io/geo/formats.ts';
import { boundariesImporter } from '../../src/io/importers/boundaries.ts';
import { readMoroccoBundle } from '../../src/io/morocco/bundle.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';
import { freshDb, type TestDb } from '../helpers/db.ts';
import {
  bbox,
  LAMBERT_93_PRJ,
  MERCHICH_SUD_MAROC_PRJ,
  NTF_LAMBERT_II_PRJ,
  planarArea,
  shapefileParts,
  tempDir,
  WEB_MERCATOR_PRJ,
  writeShapefileZip,
} from './shapefile-fixture.ts';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp?.dispose());

/** The issue a reader refused the file with. */
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

/** Distance in metres between two lon/lat positions, close enough for a few kilometres. */
function metres(a: GeoJSON.Position, b: GeoJSON.Position): number {
  const lat = (((a[1] as number) + (b[1] as number)) / 2) * (Math.PI / 180);
  const dx = ((a[0] as number) - (b[0] as number)) * 111_320 * Math.cos(lat);
  const dy = ((a[1] as number) - (b[1] as number)) * 110_574;
  return Math.hypot(dx, dy);
}

describeWithData('Shapefile: the 175 communes of Souss-Massa survive a round trip', () => {
  let source: FeatureSet;
  let read: FeatureSet;
  beforeAll(async () => {
    source = await readGeometryFile(dataPath('morocco', 'geometry', '09.topojson'));
    const features = source.features.map((f) => feature(f.geometry as GeoJSON.Geometry, f.properties));
    read = await readGeometryFile(writeShapefileZip(tmp.dir, 'souss-massa.zip', features, { layer: 'communes' }));
  });

  it('reads 175 features with the same codes, in the same order', () => {
    expect(source.features).toHaveLength(175);
    expect(read.features).toHaveLength(175);
    expect(read.features.map((f) => f.properties.code)).toEqual(source.features.map((f) => f.properties.code));
    expect(read.features.map((f) => f.row)).toEqual(source.features.map((_, i) => i + 1));
    expect(read.file).toBe('souss-massa.zip');
    expect(read.summary.encoding).toBe('utf-8');
    expect(read.issues).toEqual([]);
  });

  it('keeps every area and extent (Polygons and MultiPolygons alike)', () => {
    read.features.forEach((f, i) => {
      const g = source.features[i]?.geometry ?? null;
      expect(planarArea(f.geometry)).toBeCloseTo(planarArea(g), 12);
      const [want, got] = [bbox(g), bbox(f.geometry)];
      for (let k = 0; k < 4; k++) expect(got[k]).toBeCloseTo(want[k] as number, 12);
    });
  });
});

describeWithData('Shapefile: Souss-Massa boundaries imported from a zip into the store', () => {
  const actor = { id: 'test', kind: 'cli' as const };
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb('pglite');
    // The units first, from the Morocco bundle; then their boundaries from the shapefile alone.
    const units = await applyBatch(db, await readMoroccoBundle(dataPath('morocco'), { region: '09' }), {
      actor,
      acceptRepairs: true,
    });
    expect(units.report.outcome).toBe('committed');
  });
  afterAll(async () => db?.dispose());

  it('commits 175 boundaries joined by their HCP digit codes', async () => {
    const source = await readGeometryFile(dataPath('morocco', 'geometry', '09.topojson'));
    const zip = writeShapefileZip(
      tmp.dir,
      'communes-09.zip',
      source.features.map((f) => feature(f.geometry as GeoJSON.Geometry, f.properties)),
      { layer: 'communes' },
    );
    const options = boundariesImporter.options.parse({
      country: 'MA',
      level: 'commune',
      codeField: 'code',
      codeScheme: 'hcp_digits',
    });
    const batch = await boundariesImporter.read({ path: zip, displayName: 'communes-09.zip' }, options, { onProgress: () => {} });
    const { report } = await applyBatch(db, batch, { actor, acceptRepairs: true });
    expect(report.summary.error).toBe(0);
    expect(report.outcome).toBe('committed');
    expect(report.counts.boundaries).toBe(175);
    expect(report.files.map((f) => f.name)).toEqual(['communes-09.zip']);
    // The bundle had stored boundaries from the TopoJSON; every one now comes from the zip.
    const stored = await sql<{ file: string; n: number }>`
      select f.name as file, count(*)::int as n from unit_boundary b join unit u on u.id = b.unit_id
      join source_file f on f.id = b.src_file_id
      where u.level_id = 'commune' and u.country_code = 'MA' group by f.name`.execute(db.kysely);
    expect(stored.rows).toEqual([{ file: 'communes-09.zip', n: 175 }]);
  });
});

describe('Shapefile: projected coordinates come back in lon/lat', () => {
  // Truth: PROJ 9.1 `cs2cs EPSG:4326 EPSG:26192` (Merchich / Sud Maroc), which applies the EPSG
  // transformation Merchich to WGS 84 (1); proj4 is not used to make these numbers.
  const truth: [GeoJSON.Position, GeoJSON.Position][] = [
    [
      [-9.6, 30.42],
      [96534.9444, 387379.3183],
    ],
    [
      [-9.5, 30.42],
      [106133.6461, 387034.7079],
    ],
    [
      [-9.5, 30.5],
      [106447.9246, 395895.4017],
    ],
    [
      [-9.6, 30.5],
      [96856.8849, 396239.7366],
    ],
  ];

  it('reads Merchich / Sud Maroc from an ESRI .prj without TOWGS84 within 5 m', async () => {
    const ring = [...truth.map((t) => t[1]), truth[0]?.[1] as GeoJSON.Position];
    const file = writeShapefileZip(tmp.dir, 'merchich.zip', [feature({ type: 'Polygon', coordinates: [ring] }, { code: 'A' })], {
      prj: MERCHICH_SUD_MAROC_PRJ,
    });
    const set = await readGeometryFile(file);
    const positions = (set.features[0]?.geometry as GeoJSON.Polygon | undefined)?.coordinates.flat() ?? [];
    expect(positions).toHaveLength(5);
    for (const [lonLat] of truth) {
      const nearest = Math.min(...positions.map((p) => metres(p, lonLat)));
      expect(nearest).toBeLessThan(5);
    }
  });

  it('reads French Lambert-93 and the old NTF Lambert II (grads, Paris meridian) within 5 m', async () => {
    // Notre-Dame de Paris; truth from `cs2cs EPSG:4326 EPSG:2154` and `EPSG:27572`.
    const paris = [2.3522, 48.8566];
    for (const [prj, xy] of [
      [LAMBERT_93_PRJ, [652469.0227, 6862035.2594]],
      [NTF_LAMBERT_II_PRJ, [601152.299, 2428695.897]],
    ] as const) {
      const set = await readGeometryFile(
        writeShapefileZip(tmp.dir, 'france.zip', [feature({ type: 'Point', coordinates: [...xy] })], { prj }),
      );
      const at = (set.features[0]?.geometry as GeoJSON.Point | undefined)?.coordinates ?? [];
      expect(metres(at, paris)).toBeLessThan(5);
    }
  });

  it('reads Web Mercator (EPSG:3857) to the centimetre', async () => {
    const R = 6378137;
    const merc = ([lon, lat]: number[]) => [
      R * (lon as number) * (Math.PI / 180),
      R * Math.log(Math.tan(Math.PI / 4 + ((lat as number) * Math.PI) / 360)),
    ];
    const pts = [
      [-9.6, 30.42],
      [-7.1, 29.2],
      [2.35, 48.86],
    ];
    const set = await readGeometryFile(
      writeShapefileZip(
        tmp.dir,
        'mercator.zip',
        pts.map((p, i) => feature({ type: 'Point', coordinates: merc(p) }, { n: i })),
        { prj: WEB_MERCATOR_PRJ },
      ),
    );
    set.features.forEach((f, i) => {
      expect(metres((f.geometry as GeoJSON.Point).coordinates, pts[i] as number[])).toBeLessThan(0.01);
    });
  });

  it('takes coordinates without .prj as lon/lat when they are degrees', async () => {
    const set = await readGeometryFile(
      writeShapefileZip(tmp.dir, 'noprj.zip', [feature(square(-9.6, 30.4, -9.5, 30.5))], { prj: null }),
    );
    expect(bbox(set.features[0]?.geometry ?? null)).toEqual([-9.6, 30.4, -9.5, 30.5]);
  });

  it('refuses metres without .prj, and a .prj it cannot understand', async () => {
    const metresNoPrj = writeShapefileZip(tmp.dir, 'metres.zip', [feature(square(96534, 387034, 106447, 396239))], { prj: null });
    const a = await refusal(readGeometryFile(metresNoPrj));
    expect(a).toMatchObject({ code: 'projection_unknown', file: 'metres.zip' });
    expect(String(a.params?.projection)).toContain('96534');
    const garbled = writeShapefileZip(tmp.dir, 'garbled.zip', [feature(square(96534, 387034, 106447, 396239))], {
      prj: 'PROJCS["Mystery",PROJECTION["Nowhere_Conic"]]',
    });
    expect(await refusal(readGeometryFile(garbled))).toMatchObject({
      code: 'projection_unknown',
      file: 'garbled.zip',
      params: { projection: 'Mystery' },
    });
  });
});

describe('Shapefile: Arabic attributes', () => {
  const communes = [
    feature(square(-9.6, 30.4, -9.5, 30.5), { code: '090010101', الاسم: 'أكادير', nom: 'Agadir' }),
    feature(square(-9.5, 30.4, -9.4, 30.5), { code: '092730115', الاسم: 'إنزكان', nom: 'Inezgane' }),
  ];

  it('decodes UTF-8 names and values when the .cpg says UTF-8', async () => {
    const set = await readGeometryFile(writeShapefileZip(tmp.dir, 'utf8.zip', communes, { cpg: 'UTF-8' }));
    expect(set.features.map((f) => f.properties.الاسم)).toEqual(['أكادير', 'إنزكان']);
    expect(set.summary.encoding).toBe('utf-8');
  });

  it('detects windows-1256 when there is no .cpg, and says so', async () => {
    const set = await readGeometryFile(writeShapefileZip(tmp.dir, 'cp1256.zip', communes, { encoding: 'windows-1256' }));
    expect(set.features.map((f) => f.properties.الاسم)).toEqual(['أكادير', 'إنزكان']);
    expect(set.features[0]?.properties.nom).toBe('Agadir');
    expect(set.summary.encoding).toBe('windows-1256');
    expect(set.issues).toMatchObject([{ code: 'encoding_converted', file: 'cp1256.zip', params: { from: 'windows-1256' } }]);
  });

  it('follows a .cpg code page, and the encoding option over both', async () => {
    const withCpg = await readGeometryFile(
      writeShapefileZip(tmp.dir, 'cpg1256.zip', communes, { encoding: 'windows-1256', cpg: '1256' }),
    );
    expect(withCpg.features[1]?.properties.الاسم).toBe('إنزكان');
    // A wrong .cpg is the user's to overrule.
    const wrongCpg = writeShapefileZip(tmp.dir, 'wrongcpg.zip', communes, { encoding: 'windows-1256', cpg: 'UTF-8' });
    const overruled = await readGeometryFile(wrongCpg, { encoding: 'windows-1256' });
    expect(overruled.features[0]?.properties.الاسم).toBe('أكادير');
  });
});

describe('Shapefile: layers, folders and a bare .shp', () => {
  const a = feature(square(-9.6, 30.4, -9.5, 30.5), { code: 'A' });
  const b = feature(square(-9.5, 30.4, -9.4, 30.5), { code: 'B' });

  it('lists the layers when a zip holds several and none is named, and reads the one named', async () => {
    const other = shapefileParts([b]);
    const file = writeShapefileZip(tmp.dir, 'two.zip', [a], {
      layer: 'export/communes',
      extra: { 'export/provinces.shp': other.shp, 'export/provinces.dbf': other.dbf },
    });
    expect(await refusal(readGeometryFile(file))).toMatchObject({
      code: 'layer_missing',
      file: 'two.zip',
      params: { layer: '', available: 'export/communes, export/provinces' },
    });
    expect((await readGeometryFile(file, { layer: 'provinces' })).features[0]?.properties.code).toBe('B');
    expect((await readGeometryFile(file, { layer: 'export/communes.shp' })).features[0]?.properties.code).toBe('A');
    expect(await refusal(readGeometryFile(file, { layer: 'cercles' }))).toMatchObject({
      code: 'layer_missing',
      params: { layer: 'cercles' },
    });
  });

  it('reads a .shp with its .dbf beside it, and an upload by its display name', async () => {
    const parts = shapefileParts([a, b]);
    const shp = path.join(tmp.dir, 'Communes.SHP');
    writeFileSync(shp, parts.shp);
    writeFileSync(path.join(tmp.dir, 'Communes.dbf'), parts.dbf);
    expect((await readGeometryFile(shp)).features.map((f) => f.properties.code)).toEqual(['A', 'B']);
    const upload = path.join(tmp.dir, 'upload-1234');
    copyFileSync(writeShapefileZip(tmp.dir, 'x.zip', [a]), upload);
    expect((await readGeometryFile(upload, { displayName: 'communes.zip' })).file).toBe('communes.zip');
  });
});

describe('Shapefile: bad inputs are refused with the reason and the file name', () => {
  const f = feature(square(-9.6, 30.4, -9.5, 30.5), { code: 'A' });

  it('a zip that holds no shapefile', async () => {
    const file = path.join(tmp.dir, 'notes.zip');
    writeFileSync(
      file,
      zipSync({ 'readme.txt': new TextEncoder().encode('hello'), 'data/communes.csv': new TextEncoder().encode('code\n1') }),
    );
    expect(await refusal(readGeometryFile(file))).toMatchObject({
      code: 'zip_not_shapefile',
      file: 'notes.zip',
      params: { entries: 'readme.txt, data/communes.csv' },
    });
  });

  it('a shapefile without its .dbf', async () => {
    const file = writeShapefileZip(tmp.dir, 'nodbf.zip', [f], { layer: 'communes', omit: ['.dbf'] });
    expect(await refusal(readGeometryFile(file))).toMatchObject({
      code: 'shapefile_incomplete',
      file: 'nodbf.zip',
      params: { missing: 'communes.dbf' },
    });
  });

  it('a truncated zip', async () => {
    const whole = readFileSync(writeShapefileZip(tmp.dir, 'whole.zip', [f]));
    const file = path.join(tmp.dir, 'truncated.zip');
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await refusal(readGeometryFile(file))).toMatchObject({ code: 'zip_invalid', file: 'truncated.zip' });
  });

  it('a .shp whose records do not match the .dbf', async () => {
    const one = shapefileParts([f]);
    const two = shapefileParts([f, f]);
    const file = path.join(tmp.dir, 'mismatch.zip');
    writeFileSync(file, zipSync({ 'c.shp': one.shp, 'c.dbf': two.dbf }));
    expect(await refusal(readGeometryFile(file))).toMatchObject({ code: 'file_unreadable', file: 'mismatch.zip' });
  });

  it('a zip bomb, before inflating it', async () => {
    // 20 MB of zeros deflate to about 20 kB: the archive passes the size limit, its content not.
    const parts = shapefileParts([f]);
    const bomb = path.join(tmp.dir, 'bomb.zip');
    writeFileSync(bomb, zipSync({ 'c.shp': new Uint8Array(20_000_000), 'c.dbf': parts.dbf }, { level: 9 }));
    expect(await refusal(readGeometryFile(bomb, { maxBytes: 1_000_000 }))).toMatchObject({
      code: 'file_too_large',
      file: 'bomb.zip',
      params: { limit: 1_000_000 },
    });
    // An archive that declares 4 GB for a small entry: inflating would need the 4 GB at once, so
    // getting file_too_large (not an allocation failure) shows nothing was inflated.
    const liar = path.join(tmp.dir, 'liar.zip');
    writeFileSync(liar, declareSize(zipSync({ 'c.shp': parts.shp, 'c.dbf': parts.dbf }), 'c.shp', 0xfffffff0));
    expect(await refusal(readGeometryFile(liar))).toMatchObject({
      code: 'file_too_large',
      file: 'liar.zip',
      params: { bytes: 0xfffffff0 + parts.dbf.length },
    });
  });

  it('a .dbf in an encoding that does not exist', async () => {
    const file = writeShapefileZip(tmp.dir, 'badcpg.zip', [f]);
    expect(await refusal(readGeometryFile(file, { encoding: 'klingon-1' }))).toMatchObject({
      code: 'encoding_unknown',
      file: 'badcpg.zip',
    });
  });
});

/** Rewrites the uncompressed size an archive's central directory declares for one entry. */
function declareSize(zip: Uint8Array, entry: string, size: number): Buffer {
  const buf = Buffer.from(zip);
  for (let at = 0; at + 46 <= buf.length; at++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = buf.readUInt16LE(at + 28);
    if (buf.toString('latin1', at + 46, at + 46 + nameLength) === entry) {
      buf.writeUInt32LE(size, at + 24);
      return buf;
    }
  }
  throw new Error(`fixture: no central directory entry ${entry}`);
}
