import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyBatch } from '../../src/core/import/batch.ts';
import { countryCode } from '../../src/core/territory/types.ts';
import { importerByName } from '../../src/io/importers/registry.ts';
import { runImport } from '../../src/services/import.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { getUnit, listUnits } from '../../src/store/repositories/territory.ts';
import { backends, freshDb, type TestDb } from '../helpers/db.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';

const actor = { id: 'test', kind: 'cli' as const };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'taawun-generic-'));
const importer = (n: string) =>
  importerByName(n) ??
  (() => {
    throw new Error(n);
  })();

for (const backend of backends()) {
  describeWithData(`a new territory from plain files: Sardinia (${backend})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(backend);
      const c = emptyBatch('country', countryCode('IT-SAR'));
      c.countryDef = {
        code: countryCode('IT-SAR'),
        names: { fr: 'Sardaigne', en: 'Sardinia' },
        levels: [{ id: 'comune', rank: 1, labels: { fr: 'Commune', en: 'Municipality' }, parents: [], expectsBoundary: true }],
      };
      expect((await applyBatch(db, c, { actor })).report.outcome).toBe('committed');
    });
    afterAll(async () => db?.dispose());

    it('creates 377 municipalities with their boundaries from one GeoJSON', async () => {
      const { report } = await runImport(
        db,
        importer('boundaries'),
        { path: dataPath('sardinia', 'shpSardinia.geojson') },
        { country: 'IT-SAR', level: 'comune', codeField: 'PRO_COM', nameField: 'NOME_COM', createUnits: true },
        { actor, acceptRepairs: true },
      );
      expect(report.outcome).toBe('committed');
      expect(report.counts['units.comune']).toBe(377);
      expect(report.counts.boundaries).toBe(377);
      const area = await sql<{ km2: number }>`select sum(area_km2)::float8 as km2 from unit_boundary`.execute(db.kysely);
      // Sardinia covers 24,100 km².
      expect(area.rows[0]?.km2).toBeGreaterThan(23_500);
      expect(area.rows[0]?.km2).toBeLessThan(24_500);
    });

    it('imports the 2001 home–work flows and replaces them when imported again', async () => {
      const opts = {
        country: 'IT-SAR',
        key: 'pendolari-2001',
        kind: 'home_work',
        year: 2001,
        origin: 'community_live',
        destination: 'community_work',
        value: 'amount',
      };
      const first = await runImport(db, importer('flows'), { path: dataPath('sardinia', 'Sardinia.csv') }, opts, { actor });
      expect(first.report.outcome).toBe('committed');
      expect(first.report.counts.flows).toBe(10997);
      const again = await runImport(db, importer('flows'), { path: dataPath('sardinia', 'Sardinia.csv') }, opts, { actor });
      expect(again.report.outcome).toBe('committed');
      const n = await sql<{ n: number; total: number }>`select count(*)::int as n, sum(value)::float8 as total from flow`.execute(
        db.kysely,
      );
      expect(n.rows[0]?.n).toBe(10997);
      // Residents of Aggius working in Aggius, as in the file's first row.
      const self = await sql<{ v: number }>`
        select f.value as v from flow f join unit o on o.id = f.origin_id join unit d on d.id = f.destination_id
        where o.code = '90001' and d.code = '90001'`.execute(db.kysely);
      expect(self.rows[0]?.v).toBe(251);
    });

    it('joins a wide XLSX of indicators on codes, and a long CSV on names when asked', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('pop');
      ws.addRow(['code', 'name', 'pop_2001', 'jobs_2001']);
      ws.addRow(['90001', 'Aggius', 1686, 400]);
      ws.addRow(['90002', 'Alà dei Sardi', 1980, 500]);
      const xlsx = path.join(tmp, 'pop.xlsx');
      await wb.xlsx.writeFile(xlsx);
      const wide = await runImport(
        db,
        importer('indicators'),
        { path: xlsx },
        { country: 'IT-SAR', aggregation: 'sum' },
        { actor },
      );
      expect(wide.report.outcome).toBe('committed');
      expect(wide.report.counts.values).toBe(4);
      const long = path.join(tmp, 'long.csv');
      writeFileSync(long, 'code;name;indicator;year;value\n;AGGIUS;pop;2011;1600\n;ala dei sardi;pop;2011;1950\n');
      const refused = await runImport(db, importer('indicators'), { path: long }, { country: 'IT-SAR' }, { actor });
      expect(refused.report.outcome).toBe('repairs_not_accepted');
      expect(refused.report.issues.filter((i) => i.code === 'code_matched_by_name')).toHaveLength(2);
      const accepted = await runImport(
        db,
        importer('indicators'),
        { path: long },
        { country: 'IT-SAR' },
        { actor, acceptRepairs: true },
      );
      expect(accepted.report.outcome).toBe('committed');
      const aggius = await getUnit(db.kysely, 'IT-SAR', '90001');
      // `pop_2001` in the wide file and `pop`/2011 in the long one make one series.
      expect(aggius?.series.pop).toMatchObject([
        { year: 2001, value: 1686, note: null },
        { year: 2011, value: 1600, note: null },
      ]);
      expect(
        (await listUnits(db.kysely, { country: 'IT-SAR', indicators: ['jobs'] })).units.find((u) => u.code === '90002')?.values
          .jobs?.value,
      ).toBe(500);
    });

    it('records cooperation bodies with members and dates', async () => {
      const csv = path.join(tmp, 'unions.csv');
      writeFileSync(
        csv,
        'body_code,body_name,body_type,competences,member_code,joined_on,left_on\n' +
          'U1,Unione Alta Gallura,gct,waste;water,90001,2008-01-01,\n' +
          'U1,,,,90002,2008-01-01,2015-12-31\n' +
          'U1,,,,90003,2016-01-01,\n',
      );
      const { report } = await runImport(db, importer('cooperation'), { path: csv }, { country: 'IT-SAR' }, { actor });
      expect(report.outcome).toBe('committed');
      const rows = await sql<{ code: string; joined_on: string; left_on: string | null }>`
        select u.code, m.joined_on, m.left_on from coop_membership m join unit u on u.id = m.unit_id order by u.code`.execute(
        db.kysely,
      );
      expect(rows.rows).toEqual([
        { code: '90001', joined_on: '2008-01-01', left_on: null },
        { code: '90002', joined_on: '2008-01-01', left_on: '2015-12-31' },
        { code: '90003', joined_on: '2016-01-01', left_on: null },
      ]);
      const body = await sql<{ competences: string[] }>`select competences from coop_body where code = 'U1'`.execute(db.kysely);
      expect(body.rows[0]?.competences).toEqual(['waste', 'water']);
    });
  });
}
