import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMoroccoBundle } from '../../src/io/morocco/bundle.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { getBody, listBodies } from '../../src/store/repositories/cooperation.ts';
import { getUnit, listUnits } from '../../src/store/repositories/territory.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { backends, fingerprint, freshDb, type TestDb } from '../helpers/db.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';

const actor = { id: 'test', kind: 'cli' as const };

for (const backend of backends()) {
  describeWithData(`Morocco, full import on ${backend}`, () => {
    let db: TestDb;
    let report: ValidationReport;

    beforeAll(async () => {
      db = await freshDb(backend);
      const before = await fingerprint(db);
      // Five boundaries are invalid in the source: without consent to repair, nothing is written.
      const refused = await applyBatch(db, await readMoroccoBundle(dataPath('morocco')), { actor });
      expect(refused.report.outcome).toBe('repairs_not_accepted');
      expect(refused.report.committed).toBe(false);
      expect(await fingerprint(db)).toEqual(before);
      report = (await applyBatch(db, await readMoroccoBundle(dataPath('morocco')), { actor, acceptRepairs: true })).report;
    });
    afterAll(async () => db?.dispose());

    const count = async (where: ReturnType<typeof sql>) =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from unit where country_code = 'MA' and valid_to is null and ${where}`.execute(db.kysely)
      ).rows[0]?.n;

    it('commits with the repairs listed', () => {
      expect(report.outcome).toBe('committed');
      const repaired = report.issues.filter((i) => i.code === 'geometry_invalid_repaired');
      expect(repaired.map((i) => i.unit).sort()).toContain('11.537.05.07');
      expect(repaired.every((i) => i.file?.startsWith('geometry/') && typeof i.row === 'number')).toBe(true);
      expect(report.summary.error).toBe(0);
    });

    it('holds every level of the hierarchy', async () => {
      expect(await count(sql`level_id = 'region'`)).toBe(12);
      expect(await count(sql`level_id = 'province'`)).toBe(83);
      expect(await count(sql`level_id = 'province' and kind = 'province'`)).toBe(62);
      expect(await count(sql`level_id = 'province' and kind = 'prefecture'`)).toBe(13);
      expect(await count(sql`level_id = 'province' and kind = 'prefecture_of_arrondissements'`)).toBe(8);
      expect(await count(sql`level_id = 'cercle'`)).toBe(213);
      expect(await count(sql`level_id = 'commune'`)).toBe(1503);
      expect(await count(sql`level_id = 'commune' and kind = 'urban'`)).toBe(242);
      expect(await count(sql`level_id = 'commune' and kind = 'rural'`)).toBe(1261);
      expect(await count(sql`level_id = 'arrondissement'`)).toBe(41);
      // Rural communes hang from a cercle, urban ones directly from their province.
      const parents = await sql<{ kind: string; parent: string; n: number }>`
        select c.kind, p.level_id as parent, count(*)::int as n from unit c join unit p on p.id = c.parent_id
        where c.level_id = 'commune' group by 1, 2 order by 1, 2`.execute(db.kysely);
      expect(parents.rows).toEqual([
        { kind: 'rural', parent: 'cercle', n: 1261 },
        { kind: 'urban', parent: 'province', n: 242 },
      ]);
    });

    it('counts 36,828,330 inhabitants in 2024', async () => {
      const r = await sql<{ s: number }>`
        select sum(v.value)::float8 as s from indicator_value v join unit u on u.id = v.unit_id
        where u.level_id = 'commune' and v.indicator_id = 'population' and v.year = 2024`.execute(db.kysely);
      expect(r.rows[0]?.s).toBe(36_828_330);
    });

    it('has 1,502 boundaries and names the commune without one', async () => {
      expect((await sql<{ n: number }>`select count(*)::int as n from unit_boundary`.execute(db.kysely)).rows[0]?.n).toBe(1502);
      const missing = report.issues.filter((i) => i.code === 'unit_without_boundary');
      expect(missing).toHaveLength(1);
      expect(missing[0]?.unit).toBe('04.281.05.11');
      expect(missing[0]?.params?.name).toBe('Sidi Mohamed Benmansour');
    });

    it('reports the known gap near Azrou and no children that fail to add up', () => {
      const gaps = report.issues.filter((i) => i.code === 'boundary_gap');
      const azrou = gaps.find((g) => Number(g.params?.km2) > 80 && Number(g.params?.km2) < 95);
      expect(azrou?.unit).toBe('03');
      expect(report.issues.filter((i) => i.code === 'children_sum_mismatch')).toHaveLength(0);
    });

    it('gives Souss-Massa 175 communes, 6 provinces, 18 cercles and 3,020,431 inhabitants', async () => {
      const communes = await listUnits(db.kysely, { country: 'MA', within: '09', level: 'commune', indicators: ['population'] });
      expect(communes.total).toBe(175);
      expect(communes.units.reduce((s, u) => s + (u.values.population?.value ?? 0), 0)).toBe(3_020_431);
      expect((await listUnits(db.kysely, { country: 'MA', within: '09', level: 'province' })).total).toBe(6);
      expect((await listUnits(db.kysely, { country: 'MA', within: '09', level: 'cercle' })).total).toBe(18);
    });

    it('registers the two Souss-Massa ECI with 12 and 5 members', async () => {
      const bodies = await listBodies(db.kysely, { country: 'MA', within: '09' });
      expect(bodies.map((b) => [b.type, b.members]).sort()).toEqual([
        ['eci', 12],
        ['eci', 5],
      ]);
      const agadir = await getBody(db.kysely, 'MA', 'grand_agadir');
      expect(agadir?.memberships.map((m) => m.names.fr)).toContain('Biougra');
    });

    it('keeps where each value came from and the 2014 series of renumbered communes', async () => {
      const tanger = await getUnit(db.kysely, 'MA', '01.511.01.0');
      expect(tanger?.series.population).toMatchObject([
        { year: 2014, value: 947952, note: null },
        { year: 2024, value: 1275428, note: null },
      ]);
      expect(tanger?.provenance.file).toBe('communes.csv');
      expect(tanger?.provenance.row).toBe(2);
      expect(tanger?.provenance.author).toBe('test');
      // Ait Kamra was renumbered in 2015: its 2014 code is kept as an alias, so 2014 files join.
      const kamra = await getUnit(db.kysely, 'MA', '01.051.11.01');
      expect(kamra?.series.population?.[0]).toMatchObject({ year: 2014, value: 7685, source: { file: 'communes.csv', row: 87 } });
      expect(kamra?.aliases).toContainEqual({ scheme: 'hcp_2014', code: '01.051.05.01' });
      // The four Saharan communes counted "pour mémoire" in 2014 have a known absence, not a zero.
      const mijik = await getUnit(db.kysely, 'MA', '12.391.05.05');
      expect(mijik?.series.population?.[0]).toMatchObject({
        year: 2014,
        value: null,
        note: expect.stringMatching(/pour mémoire/),
      });
      const with2014 = await sql<{ n: number }>`
        select count(*)::int as n from indicator_value v join unit u on u.id = v.unit_id
        where u.level_id = 'commune' and v.indicator_id = 'population' and v.year = 2014 and v.value is not null`.execute(
        db.kysely,
      );
      expect(with2014.rows[0]?.n).toBe(1499);
    });

    it('imports the same bundle again without duplicating anything', async () => {
      const before = await sql<{
        n: number;
      }>`select (select count(*) from unit) + (select count(*) from indicator_value) + (select count(*) from coop_membership) as n`.execute(
        db.kysely,
      );
      const again = await applyBatch(db, await readMoroccoBundle(dataPath('morocco')), { actor, acceptRepairs: true });
      expect(again.report.outcome).toBe('committed');
      const after = await sql<{
        n: number;
      }>`select (select count(*) from unit) + (select count(*) from indicator_value) + (select count(*) from coop_membership) as n`.execute(
        db.kysely,
      );
      expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    });
  });
}

describeWithData('Morocco, one region (Souss-Massa)', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb('pglite');
  });
  afterAll(async () => db?.dispose());

  it('imports region 09 alone with its two ECI', async () => {
    const { report } = await applyBatch(db, await readMoroccoBundle(dataPath('morocco'), { region: '09' }), {
      actor,
      acceptRepairs: true,
    });
    expect(report.outcome).toBe('committed');
    expect(report.counts['units.commune']).toBe(175);
    expect(report.counts['units.province']).toBe(6);
    expect(report.counts['units.cercle']).toBe(18);
    expect(report.counts['units.region']).toBe(1);
    expect(report.counts.memberships).toBe(17);
    const communes = await listUnits(db.kysely, { country: 'MA', level: 'commune', indicators: ['population'] });
    expect(communes.units.reduce((s, u) => s + (u.values.population?.value ?? 0), 0)).toBe(3_020_431);
  });
});

describeWithData('Morocco, a province whose communes do not add up', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb('pglite');
  });
  afterAll(async () => db?.dispose());

  it('is reported with the unit, its figure, the sum of its communes and the difference', async () => {
    // A copy of the bundle (in a temporary folder) where the province of Tata counts 1,000 more people.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'taawun-ma-'));
    cpSync(dataPath('morocco'), dir, { recursive: true });
    const file = path.join(dir, 'attributes', 'provinces.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const i = lines.findIndex((l) => l.startsWith('09.551,'));
    const cells = (lines[i] as string).split(',');
    const original = Number(cells[6]);
    cells[6] = String(original + 1000);
    lines[i] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    const { report } = await applyBatch(db, await readMoroccoBundle(dir, { region: '09' }), { actor, acceptRepairs: true });
    expect(report.outcome).toBe('committed');
    const mismatch = report.issues.filter((x) => x.code === 'children_sum_mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({
      severity: 'warning',
      unit: '09.551',
      params: {
        indicator: 'population',
        year: 2024,
        value: original + 1000,
        sum: original,
        difference: -1000,
        childLevel: 'commune',
      },
    });
  });
});
