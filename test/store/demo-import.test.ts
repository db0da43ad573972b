import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoTerritory } from '../../src/core/demo/generate.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { demoImporter } from '../../src/io/importers/demo.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { freshDb, type TestDb } from '../helpers/db.ts';

const actor = { id: 'test', kind: 'cli' as const };

describe('demo territory, imported into an empty database', () => {
  let db: TestDb;
  let report: ValidationReport;

  beforeAll(async () => {
    db = await freshDb('pglite');
    // Through the registry entry, as the app loads it: no input, the default seed.
    const batch = await demoImporter.read({}, demoImporter.options.parse({}), { onProgress: () => {} });
    expect(batch).toEqual(generateDemoTerritory());
    report = (await applyBatch(db, batch, { actor })).report;
  });
  afterAll(async () => db?.dispose());

  const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db.kysely)).rows[0] as T;

  it('commits without an error or a repair', () => {
    expect(report.summary.error, JSON.stringify(report.issues.slice(0, 5))).toBe(0);
    expect(report.summary.repair).toBe(0);
    expect(report.outcome).toBe('committed');
  });

  it('reports no overlap, no gap, no missing boundary and no children that fail to add up', () => {
    const codes = new Set(report.issues.map((i) => i.code));
    for (const code of [
      'boundary_overlap',
      'boundary_gap',
      'unit_without_boundary',
      'geometry_invalid_repaired',
      'children_sum_mismatch',
    ]) {
      expect(codes.has(code as never), code).toBe(false);
    }
    expect(report.counts['checks.units_without_boundary']).toBe(0);
  });

  it('marks the country as fictional', async () => {
    const row = await one(
      sql<{ fictional: boolean; name_fr: string }>`select fictional, name_fr from country where code = 'DEMO'`,
    );
    expect(row.fictional).toBe(true);
    expect(row.name_fr).toMatch(/fictif/);
  });

  it('stores every level, with valid boundaries that tile the region', async () => {
    const levels = await sql<{ level_id: string; n: number }>`
      select level_id, count(*)::int as n from unit where country_code = 'DEMO' group by 1 order by 1`.execute(db.kysely);
    const n = Object.fromEntries(levels.rows.map((r) => [r.level_id, r.n]));
    expect(n).toMatchObject({ region: 1, province: 2, cercle: 10 });
    expect(n.commune).toBeGreaterThanOrEqual(140);
    const geo = await one(sql<{ invalid: number; communes_km2: number; region_km2: number }>`
      select count(*) filter (where not ST_IsValid(b.geom))::int as invalid,
             sum(b.area_km2) filter (where u.level_id = 'commune')::float8 as communes_km2,
             sum(b.area_km2) filter (where u.level_id = 'region')::float8 as region_km2
      from unit_boundary b join unit u on u.id = b.unit_id where u.country_code = 'DEMO'`);
    expect(geo.invalid).toBe(0);
    expect(geo.region_km2).toBeGreaterThan(15_000);
    expect(geo.region_km2).toBeLessThan(35_000);
    expect(Math.abs(geo.communes_km2 - geo.region_km2)).toBeLessThan(0.01);
  });

  it('keeps the flows and the two cooperation bodies with their members', async () => {
    const flows = await one(sql<{ n: number }>`
      select count(*)::int as n from flow f join flow_dataset d on d.id = f.dataset_id where d.country_code = 'DEMO'`);
    expect(flows.n).toBeGreaterThan(300);
    const bodies = await sql<{ type: string; members: number }>`
      select b.type, count(m.id)::int as members from coop_body b join coop_membership m on m.body_id = b.id
      where b.country_code = 'DEMO' group by b.type order by b.type`.execute(db.kysely);
    expect(bodies.rows.map((r) => r.type)).toEqual(['eci', 'gct']);
    expect(bodies.rows.every((r) => r.members >= 5)).toBe(true);
  });
});
