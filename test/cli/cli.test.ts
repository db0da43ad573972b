import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listMigrations } from '../../src/store/migrate.ts';
import { freshDb, type TestDb } from '../helpers/db.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';

const BIN = path.resolve('bin/taawun.mjs');

function taawun(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TAAWUN_LANG: '', ...env },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describeWithData('taawun command line', () => {
  let db: TestDb;
  const out = mkdtempSync(path.join(os.tmpdir(), 'taawun-cli-'));

  beforeAll(async () => {
    db = await freshDb('pglite');
    // The CLI opens the folder itself; the test's own handle must let go of it first.
    await db.close();
  });
  afterAll(async () => db?.dispose());

  it('refuses to write without consent to the listed repairs, and says how to give it', () => {
    const r = taawun(['--db', db.target, 'import', 'morocco', '--from', dataPath('morocco'), '--region', '09']);
    expect(r.code).toBe(4);
    expect(r.out).toMatch(/réparée par ST_MakeValid/);
    expect(r.out).toMatch(/--accept-repairs/);
  });

  it('imports a region with progress on stderr and the report on stdout, in English when asked', () => {
    const r = taawun([
      '--db',
      db.target,
      '--lang',
      'en',
      'import',
      'morocco',
      '--from',
      dataPath('morocco'),
      '--region',
      '09',
      '--accept-repairs',
      '--report',
      path.join(out, 'report.json'),
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/boundaries/);
    expect(r.out).toMatch(/Import morocco \(MA\): saved/);
    expect(r.out).toMatch(/units\.commune: 175/);
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.counts['units.commune']).toBe(175);
  });

  it('exports one CSV row per commune with the latest value of each indicator', () => {
    const r = taawun(['--db', db.target, 'export', 'units', '--level', 'commune', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parse(r.out, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(175);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'code',
      'name_fr',
      'name_ar',
      'level',
      'parent_code',
      'has_geometry',
      'households',
      'population',
    ]);
    const agadir = rows.find((x) => x.code === '09.001.01.01');
    expect(agadir).toMatchObject({
      name_fr: 'Agadir',
      name_ar: 'أكادير',
      level: 'commune',
      parent_code: '09.001',
      has_geometry: 'true',
      population: '504768',
    });
    expect(rows.reduce((s, x) => s + Number(x.population), 0)).toBe(3_020_431);
  });

  it('exports GeoJSON to a file', () => {
    const file = path.join(out, 'communes.geojson');
    const r = taawun([
      '--db',
      db.target,
      'export',
      'units',
      '--level',
      'commune',
      '--format',
      'geojson',
      '--out',
      file,
      '--within',
      '09.551',
    ]);
    expect(r.code).toBe(0);
    const fc = JSON.parse(readFileSync(file, 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(10);
    expect(fc.features.every((f: { geometry: { type: string } }) => f.geometry.type === 'MultiPolygon')).toBe(true);
    expect(fc.features[0].properties).toHaveProperty('population');
  });

  it('names a file that does not exist, in French by default, with a failure code', () => {
    const r = taawun(['--db', db.target, 'import', 'indicators', path.join(out, 'absent.csv'), '--country', 'MA']);
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/absent\.csv/);
    expect(r.out).toMatch(/fichier illisible/);
  });

  it('migrates a PostgreSQL-less folder and reports the schema version', () => {
    const r = taawun(['--db', path.join(out, 'newdb'), 'db', 'migrate']);
    expect(r.code).toBe(0);
    const all = listMigrations();
    expect(r.out).toContain(`${all.length} migration(s) appliquée(s) ; schéma en version ${all.at(-1)?.version}`);
  });
});
