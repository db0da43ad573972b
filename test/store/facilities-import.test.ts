import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importerByName } from '../../src/io/importers/registry.ts';
import { readMoroccoBundle } from '../../src/io/morocco/bundle.ts';
import { runImport } from '../../src/services/import.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { listFacilities } from '../../src/store/repositories/facilities.ts';
import { fingerprint, freshDb, type TestDb } from '../helpers/db.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';

const actor = { id: 'test', kind: 'cli' as const };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'taawun-fac-'));
const facilities =
  importerByName('facilities') ??
  (() => {
    throw new Error('no facilities importer');
  })();

describeWithData('facilities placed in the communes of Souss-Massa', () => {
  let db: TestDb;
  let points: { code: string; lon: number; lat: number }[];

  beforeAll(async () => {
    db = await freshDb('pglite');
    await applyBatch(db, await readMoroccoBundle(dataPath('morocco'), { region: '09' }), { actor, acceptRepairs: true });
    // One point inside each of 30 real communes, taken from their boundaries.
    const r = await sql<{ code: string; lon: number; lat: number }>`
      select u.code, ST_X(ST_PointOnSurface(b.geom)) as lon, ST_Y(ST_PointOnSurface(b.geom)) as lat
      from unit u join unit_boundary b on b.unit_id = u.id where u.level_id = 'commune' order by u.code limit 30`.execute(
      db.kysely,
    );
    points = r.rows;
  });
  afterAll(async () => db?.dispose());

  it('puts each point of a CSV in the commune that contains it', async () => {
    const csv = [
      'nom;type;longitude;latitude',
      ...points.map((p, i) => `École ${i};school;${String(p.lon).replace('.', ',')};${String(p.lat).replace('.', ',')}`),
    ].join('\n');
    const file = path.join(tmp, 'ecoles.csv');
    writeFileSync(file, csv);
    const { report } = await runImport(
      db,
      facilities,
      { path: file },
      { country: 'MA', nameColumn: 'nom', categoryColumn: 'type', lonColumn: 'longitude', latColumn: 'latitude' },
      { actor },
    );
    expect(report.outcome).toBe('committed');
    expect(report.counts.facilities).toBe(30);
    const list = await listFacilities(db.kysely, { country: 'MA', category: 'school' });
    const placed = new Map(list.map((f) => [f.name, f.unitCode]));
    expect(points.map((_p, i) => placed.get(`École ${i}`))).toEqual(points.map((p) => p.code));
  });

  it('reads points from GeoJSON and finds them by the unit they are in', async () => {
    const fc = {
      type: 'FeatureCollection',
      features: points.slice(0, 5).map((p, i) => ({
        type: 'Feature',
        properties: { name: `Souk ${i}`, jour: 'sebt' },
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      })),
    };
    const file = path.join(tmp, 'souks.geojson');
    writeFileSync(file, JSON.stringify(fc));
    const { report } = await runImport(db, facilities, { path: file }, { country: 'MA', category: 'souk' }, { actor });
    expect(report.outcome).toBe('committed');
    const province = points[0]?.code.slice(0, 6) as string;
    const inProvince = await listFacilities(db.kysely, { country: 'MA', category: 'souk', within: province });
    expect(inProvince.length).toBeGreaterThan(0);
    expect(inProvince[0]?.attributes).toMatchObject({ jour: 'sebt' });
  });

  it('refuses rows without coordinates or with impossible ones, and writes nothing', async () => {
    const before = await fingerprint(db);
    const file = path.join(tmp, 'bad.csv');
    writeFileSync(file, 'name,category,lon,lat\nA,clinic,-9.5,nord\nB,clinic,-9.5,130\n');
    const { report } = await runImport(db, facilities, { path: file }, { country: 'MA' }, { actor });
    expect(report.committed).toBe(false);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'value_not_number', row: 2, field: 'lat' }));
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'coordinates_out_of_range', row: 3 }));
    expect(await fingerprint(db)).toEqual(before);
  });
});
