import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMoroccoBundle } from '../../src/io/morocco/bundle.ts';
import { importerByName } from '../../src/io/importers/registry.ts';
import { runImport } from '../../src/services/import.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { getUnit } from '../../src/store/repositories/territory.ts';
import { backends, fingerprint, freshDb, type TestDb } from '../helpers/db.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';

const actor = { id: 'test', kind: 'cli' as const };
const dir = mkdtempSync(path.join(os.tmpdir(), 'taawun-bad-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const importer = (name: string) => {
  const i = importerByName(name);
  if (!i) throw new Error(`no importer ${name}`);
  return i;
};
const square = (x: number, y: number, d = 0.01) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];

for (const backend of backends()) {
  describeWithData(`bad input leaves the database as it was (${backend})`, () => {
    let db: TestDb;
    let before: Record<string, string>;

    beforeAll(async () => {
      db = await freshDb(backend);
      const r = await applyBatch(db, await readMoroccoBundle(dataPath('morocco'), { region: '09' }), {
        actor,
        acceptRepairs: true,
      });
      expect(r.report.outcome).toBe('committed');
      before = await fingerprint(db);
    });
    afterAll(async () => db?.dispose());

    /** Runs an import that must be refused, checks nothing changed, and returns its report. */
    async function refused(name: string, path: string | undefined, options: Record<string, unknown>, acceptRepairs = true) {
      const { report } = await runImport(db, importer(name), { path }, options, { actor, acceptRepairs });
      expect(report.committed).toBe(false);
      expect(await fingerprint(db)).toEqual(before);
      return report;
    }

    it('converts a CSV in Windows-1256 and joins Arabic names', async () => {
      const csv = 'code;name;score_2024\n09.001.01.01;أكادير;12,5\n09.273.01.15;إنزكان;7\n';
      const p = file('arabic-1256.csv', iconv.encode(csv, 'windows-1256'));
      const { report } = await runImport(
        db,
        importer('indicators'),
        { path: p },
        { country: 'MA', level: 'commune' },
        { actor, dryRun: true },
      );
      expect(report.outcome).toBe('dry_run');
      expect(report.files[0]?.encoding).toBe('windows-1256');
      expect(report.issues).toContainEqual(
        expect.objectContaining({ code: 'encoding_converted', params: { from: 'windows-1256' } }),
      );
      expect(report.counts.values).toBe(2);
      expect(await fingerprint(db)).toEqual(before);
    });

    it('converts a Latin-1 CSV and matches accented French names when codes are missing', async () => {
      const csv = 'code,name,score_2024\n,Aït Melloul,3\n';
      const p = file('latin1.csv', iconv.encode(csv, 'latin1'));
      const report = await refused('indicators', p, { country: 'MA', level: 'commune' }, false);
      expect(report.files[0]?.encoding).toBe('windows-1252');
      const match = report.issues.find((i) => i.code === 'code_matched_by_name');
      expect(match?.params?.matchedCode).toBe('09.273.01.05');
      expect(report.outcome).toBe('repairs_not_accepted');
    });

    it('refuses a truncated JSON file, naming the line', async () => {
      const p = file(
        'cut.geojson',
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"x"},\n"geometry":{"type":"Polygon","coordinates":[[[0,0],[1',
      );
      const report = await refused('boundaries', p, { country: 'MA', level: 'commune' });
      const e = report.issues.find((i) => i.code === 'json_invalid');
      expect(e?.file).toBe('cut.geojson');
      expect(e?.row).toBe(2);
    });

    it('lists a self-intersecting polygon as a repair and writes nothing without consent', async () => {
      const bowtie = {
        type: 'Polygon',
        coordinates: [
          [
            [-9.6, 30.4],
            [-9.5, 30.5],
            [-9.5, 30.4],
            [-9.6, 30.5],
            [-9.6, 30.4],
          ],
        ],
      };
      const fc = {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { code: '09.001.01.01' }, geometry: bowtie }],
      };
      const report = await refused(
        'boundaries',
        file('bowtie.geojson', JSON.stringify(fc)),
        { country: 'MA', level: 'commune' },
        false,
      );
      expect(report.outcome).toBe('repairs_not_accepted');
      const repair = report.issues.find((i) => i.code === 'geometry_invalid_repaired');
      expect(repair).toMatchObject({ file: 'bowtie.geojson', row: 1, unit: '09.001.01.01' });
      expect(String(repair?.params?.reason)).toMatch(/Self-intersection/);
    });

    it('refuses coordinates out of range (a projected file read as degrees)', async () => {
      const fc = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { code: '09.001.01.01' },
            geometry: { type: 'Polygon', coordinates: square(-1070000, 3540000, 1000) },
          },
        ],
      };
      const report = await refused('boundaries', file('metres.geojson', JSON.stringify(fc)), { country: 'MA', level: 'commune' });
      expect(report.issues[0]).toMatchObject({ code: 'coordinates_out_of_range', file: 'metres.geojson', row: 1 });
    });

    it('refuses codes that do not join, naming file, row and code', async () => {
      const p = file('unknown.csv', 'code,score_2024\n09.001.01.01,1\n99.999.99.99,2\n');
      const report = await refused('indicators', p, { country: 'MA' });
      expect(report.outcome).toBe('errors');
      expect(report.issues).toContainEqual(
        expect.objectContaining({ code: 'code_unmatched', file: 'unknown.csv', row: 3, unit: '99.999.99.99' }),
      );
    });

    it('refuses a zip that is not a shapefile', async () => {
      const { zipSync, strToU8 } = await import('fflate');
      const p = file('notes.zip', Buffer.from(zipSync({ 'readme.txt': strToU8('hello') })));
      const report = await refused('boundaries', p, { country: 'MA', level: 'commune' });
      expect(report.issues[0]).toMatchObject({ code: 'zip_not_shapefile', file: 'notes.zip' });
    });

    it('refuses a file over the size limit without reading it', async () => {
      const p = path.join(dir, 'huge.csv');
      const fd = openSync(p, 'w');
      ftruncateSync(fd, 3 * 1024 ** 3); // 3 GB, sparse: nothing is actually written
      closeSync(fd);
      const rss = process.memoryUsage().rss;
      const t0 = Date.now();
      const report = await refused('indicators', p, { country: 'MA' });
      expect(report.issues[0]).toMatchObject({ code: 'file_too_large', file: 'huge.csv' });
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 ** 2);
    });

    it('stops decompressing a gzip bomb at the limit', async () => {
      const p = file('bomb.geojson.gz', gzipSync(Buffer.alloc(64 * 1024 ** 2, 0x20)));
      process.env.TAAWUN_MAX_IMPORT_BYTES = String(16 * 1024 ** 2);
      try {
        const report = await refused('boundaries', p, { country: 'MA', level: 'commune' });
        expect(report.issues[0]).toMatchObject({ code: 'file_too_large', file: 'bomb.geojson.gz' });
      } finally {
        delete process.env.TAAWUN_MAX_IMPORT_BYTES;
      }
    });

    it('refuses a broken CSV (unclosed quote), naming the line', async () => {
      const report = await refused('indicators', file('quote.csv', 'code,score_2024\n09.001.01.01,1\n"09.001.01.03,2\n'), {
        country: 'MA',
      });
      expect(report.issues[0]).toMatchObject({ code: 'file_unreadable', file: 'quote.csv' });
    });

    it('refuses impossible values and text in number columns', async () => {
      const p = file('negative.csv', 'code,population_2030\n09.001.01.01,-5\n09.001.01.03,beaucoup\n');
      const report = await refused('indicators', p, { country: 'MA' });
      expect(report.issues).toContainEqual(expect.objectContaining({ code: 'value_impossible', row: 2 }));
      expect(report.issues).toContainEqual(
        expect.objectContaining({ code: 'value_not_number', row: 3, field: 'population_2030' }),
      );
    });

    it('stores names with markup or SQL as plain text', async () => {
      await sql`insert into country (code, name_fr, op_id) select 'XX', 'Test', min(id) from operation`.execute(db.kysely);
      await sql`insert into territorial_level (country_code, id, rank, name_fr) values ('XX', 'commune', 1, 'Commune')`.execute(
        db.kysely,
      );
      const hostile = [`<script>alert('x')</script>`, `Robert'); DROP TABLE unit; --`, `"><img src=x onerror=alert(1)>`];
      const fc = {
        type: 'FeatureCollection',
        features: hostile.map((name, i) => ({
          type: 'Feature',
          properties: { code: `X${i}'--`, name },
          geometry: { type: 'Polygon', coordinates: square(i, 0) },
        })),
      };
      const { report } = await runImport(
        db,
        importer('boundaries'),
        { path: file('hostile.geojson', JSON.stringify(fc)) },
        { country: 'XX', level: 'commune', createUnits: true },
        { actor },
      );
      expect(report.outcome).toBe('committed');
      for (const [i, name] of hostile.entries()) {
        const u = await getUnit(db.kysely, 'XX', `X${i}'--`);
        expect(u?.names.fr).toBe(name);
      }
      expect(
        (await sql<{ n: number }>`select count(*)::int as n from unit where country_code = 'MA'`.execute(db.kysely)).rows[0]?.n,
      ).toBe(200);
    });
  });
}
