import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Issue } from '../../src/core/validation/issues.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import { type CogCommune, type CogEpci, cogDataDir } from '../../src/io/france/cog.ts';
import { readFrance } from '../../src/io/france/read.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { getBody } from '../../src/store/repositories/cooperation.ts';
import { getUnit } from '../../src/store/repositories/territory.ts';
import { backends, fingerprint, freshDb, type TestDb } from '../helpers/db.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';

const actor = { id: 'test', kind: 'cli' as const };
const geometry = () => dataPath('france', 'communes-2018.geojson.gz');
const cog = <T>(file: string) => JSON.parse(readFileSync(path.join(cogDataDir(), file), 'utf8')) as T[];

const about = (report: ValidationReport, code: Issue['code'], unit?: string) =>
  report.issues.filter((i) => i.code === code && (unit === undefined || i.unit === unit));

/** Area of the polygons of a GeoJSON geometry, each measured on its own (km²). */
async function partsArea(db: TestDb, g: GeoJSON.Geometry): Promise<number> {
  const r = await sql<{ km2: number }>`
    select sum(ST_Area(d.geom::geography))::float8 / 1e6 as km2
    from ST_Dump(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}), 4326)) d`.execute(db.kysely);
  return r.rows[0]?.km2 ?? 0;
}

for (const backend of backends()) {
  describeWithData(`France, full import on ${backend}`, () => {
    let db: TestDb;
    let report: ValidationReport;
    let porteDesPierresDorees: GeoJSON.Geometry | undefined;
    let valserhone: GeoJSON.Geometry | undefined;

    beforeAll(async () => {
      db = await freshDb(backend);
      const batch = await readFrance({ geometry: geometry() });
      // Parts of two communes nouvelles formed since 2018, to compare with what the store dissolves.
      porteDesPierresDorees = batch.boundaries.find((b) => b.unit.code === '69114')?.geometry;
      valserhone = batch.boundaries.find((b) => b.unit.code === '01033')?.geometry;
      const started = Date.now();
      // One 2018 boundary (Condé-en-Normandie, 14174) self-intersects: the import needs consent to repair it.
      report = (await applyBatch(db, batch, { actor, acceptRepairs: true })).report;
      console.info(`France on ${backend}: applied in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }, 900_000);
    afterAll(async () => db?.dispose());

    const count = async (where: ReturnType<typeof sql>) =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from unit where country_code = 'FR' and valid_to is null and ${where}`.execute(db.kysely)
      ).rows[0]?.n;

    it('commits with the one repair listed and no error', () => {
      expect(report.outcome).toBe('committed');
      expect(report.summary.error).toBe(0);
      expect(about(report, 'geometry_invalid_repaired').map((i) => i.unit)).toEqual(['14174']);
    });

    it('holds every current commune, département and région of the COG 2026', async () => {
      expect(await count(sql`level_id = 'commune'`)).toBe(34_969);
      expect(await count(sql`level_id = 'arrondissement'`)).toBe(45);
      expect(await count(sql`level_id = 'departement'`)).toBe(101);
      expect(await count(sql`level_id = 'region' and kind = 'region'`)).toBe(18);
      // Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, TAAF, Wallis-et-Futuna,
      // Polynésie, Nouvelle-Calédonie, Clipperton: no département, their communes hang from them.
      expect(await count(sql`level_id = 'region' and kind = 'collectivite_outre_mer'`)).toBe(8);
      const parents = await sql<{ parent: string; n: number }>`
        select p.level_id as parent, count(*)::int as n from unit c join unit p on p.id = c.parent_id
        where c.country_code = 'FR' and c.level_id = 'commune' group by 1 order by 1`.execute(db.kysely);
      expect(parents.rows).toEqual([
        { parent: 'departement', n: 34_875 },
        { parent: 'region', n: 94 },
      ]);
      const paris = await getUnit(db.kysely, 'FR', '75056', 'commune');
      expect(paris?.childrenByLevel).toEqual({ arrondissement: 20 });
      expect(paris?.ancestors.map((a) => a.code)).toEqual(['11', '75']);
    });

    it('counts the population of communes.json, Mayotte with its 2017 census', async () => {
      const communes = cog<CogCommune>('communes.json').filter((c) => c.type === 'commune-actuelle');
      const expected = communes.reduce((s, c) => s + (c.population ?? 0), 0);
      expect(expected).toBe(68_952_941);
      const r = await sql<{ year: number; s: number; n: number }>`
        select v.year, sum(v.value)::float8 as s, count(*)::int as n from indicator_value v join unit u on u.id = v.unit_id
        where u.country_code = 'FR' and u.level_id = 'commune' and v.indicator_id = 'population' group by 1 order by 1`.execute(
        db.kysely,
      );
      expect(r.rows.reduce((s, x) => s + x.s, 0)).toBe(expected);
      expect(r.rows.find((x) => x.year === 2017)).toEqual({ year: 2017, s: 256_518, n: 17 });
      const mamoudzou = await getUnit(db.kysely, 'FR', '97611', 'commune');
      expect(mamoudzou?.series.population).toMatchObject([{ year: 2017, value: 71_437, note: null }]);
      // Six uninhabited territories (TAAF districts, Clipperton) are recorded as having no figure.
      expect(about(report, 'value_missing_noted')).toHaveLength(6);
      expect(about(report, 'children_sum_mismatch')).toHaveLength(0);
    });

    it('registers the 1,255 EPCI with every member', async () => {
      const epci = cog<CogEpci>('epci.json');
      const bodies = await sql<{ subtype: string; n: number }>`
        select subtype, count(*)::int as n from coop_body where country_code = 'FR' and type = 'epci' group by 1 order by 1`.execute(
        db.kysely,
      );
      expect(bodies.rows).toEqual([
        { subtype: 'CA', n: 230 },
        { subtype: 'CC', n: 989 },
        { subtype: 'CU', n: 14 },
        { subtype: 'MET69', n: 1 },
        { subtype: 'METRO', n: 21 },
      ]);
      const members = await sql<{ n: number }>`
        select count(*)::int as n from coop_membership m join coop_body b on b.id = m.body_id where b.country_code = 'FR'`.execute(
        db.kysely,
      );
      expect(members.rows[0]?.n).toBe(epci.reduce((s, e) => s + e.membres.length, 0));
      expect(members.rows[0]?.n).toBe(34_871);
      const mgp = await getBody(db.kysely, 'FR', '200054781');
      expect(mgp?.name).toBe('Métropole du Grand Paris');
      expect(mgp?.members).toBe(130);
      expect(mgp?.memberships.map((m) => m.code)).toContain('75056');
      expect((await getBody(db.kysely, 'FR', '200046977'))?.members).toBe(58);
      const annecyAgglo = await sql<{ code: string; subtype: string }>`
        select b.code, b.subtype from coop_body b join coop_membership m on m.body_id = b.id join unit u on u.id = m.unit_id
        where u.country_code = 'FR' and u.code = '74010' and u.level_id = 'commune'`.execute(db.kysely);
      expect(annecyAgglo.rows).toEqual([{ code: '200066793', subtype: 'CA' }]);
    });

    it('reports the communes whose code changed since 2018', async () => {
      expect(about(report, 'unit_code_changed').map((i) => `${i.params?.code}>${i.unit}`)).toEqual([
        '12076>12218',
        '14011>14581',
        '49069>49126',
      ]);
      expect(about(report, 'boundary_rebuilt_from_parts')).toHaveLength(317);
      expect(about(report, 'unit_absorbed')).toHaveLength(490);
      // Porte des Pierres Dorées (69114) took a new code in 2024 when the commune nouvelle of
      // 2017 (69159, seat Liergues 69114) merged with Jarnioux (69101).
      expect(about(report, 'boundary_rebuilt_from_parts', '69114')[0]?.params).toMatchObject({
        parts: 2,
        year: 2018,
        codes: '69101, 69159',
      });
      expect(about(report, 'unit_absorbed', '69114').map((i) => i.params?.code)).toEqual(['69101', '69159']);
      // Annecy absorbed Annecy-le-Vieux, Cran-Gevrier, Meythet, Pringy and Seynod in 2017: the
      // 2018 file already has the merged commune, so nothing is rebuilt or reported for it.
      expect(report.issues.filter((i) => i.unit === '74010' || i.params?.code === '74011')).toEqual([]);
      const annecy = await getUnit(db.kysely, 'FR', '74010', 'commune');
      expect(annecy?.aliases).toEqual([{ scheme: 'siren', code: '200063402' }]);
      // Old codes stay findable: Valserhône (2019) answers to Châtillon-en-Michaille's 01091.
      const valserhone = await getUnit(db.kysely, 'FR', '01033', 'commune');
      expect(valserhone?.aliases).toContainEqual({ scheme: 'insee_2018', code: '01091' });
      // La Neuville-Garnier (60455) is listed among Beaumont-les-Nonains' former codes but belongs
      // to Les Hauts-Talican as a commune déléguée: it goes there.
      expect(about(report, 'unit_absorbed', '60694').map((i) => i.params?.code)).toEqual(['60455']);
      expect(about(report, 'unit_absorbed', '60054')).toEqual([]);
      expect(about(report, 'unit_disappeared')).toEqual([]);
    });

    it('rebuilds communes nouvelles from their parts, keeping their area', async () => {
      for (const [code, parts] of [
        ['69114', porteDesPierresDorees],
        ['01033', valserhone],
      ] as const) {
        expect(parts?.type).toBe('MultiPolygon');
        const stored = await sql<{ km2: number; n: number }>`
          select b.area_km2 as km2, ST_NumGeometries(b.geom) as n from unit_boundary b join unit u on u.id = b.unit_id
          where u.country_code = 'FR' and u.level_id = 'commune' and u.code = ${code}`.execute(db.kysely);
        const sum = await partsArea(db, parts as GeoJSON.Geometry);
        expect(stored.rows[0]?.n).toBe(1);
        expect(Math.abs((stored.rows[0]?.km2 ?? 0) - sum) / sum).toBeLessThan(0.001);
      }
    });

    it('leaves 101 communes without a boundary: 94 overseas, 7 restored since 2018', async () => {
      const missing = about(report, 'unit_without_boundary');
      expect(missing).toHaveLength(101);
      expect(missing.filter((i) => /^9[78]/.test(i.unit ?? '') && !/^97[1-46]/.test(i.unit ?? ''))).toHaveLength(94);
      expect(about(report, 'unit_new_since').map((i) => i.unit)).toEqual([
        '14666',
        '15031',
        '15035',
        '15047',
        '15171',
        '85165',
        '85212',
      ]);
      expect((await sql<{ n: number }>`select count(*)::int as n from unit_boundary`.execute(db.kysely)).rows[0]?.n).toBe(34_868);
    });

    it('finds no overlap, and the holes that are real: the étang de Berre and Llívia', () => {
      expect(about(report, 'boundary_overlap')).toEqual([]);
      const gaps = about(report, 'boundary_gap');
      expect(gaps.find((g) => g.unit === '13' && Number(g.params?.km2) > 150)).toBeDefined();
      expect(gaps.find((g) => g.unit === '66' && Number(g.params?.km2) > 12 && Number(g.params?.km2) < 14)).toBeDefined();
    });
  });
}

describeWithData('France, two départements (Calvados, Haute-Savoie)', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb('pglite');
  });
  afterAll(async () => db?.dispose());

  it('imports 14 and 74 alone, only once the repair is accepted, and again without duplicates', async () => {
    // Reading parses the whole 2018 file (about 3 s); a batch is not changed by applying it.
    const batch = await readFrance({ geometry: geometry(), departements: '14, 74' });
    const before = await fingerprint(db);
    const refused = await applyBatch(db, batch, { actor });
    expect(refused.report.outcome).toBe('repairs_not_accepted');
    expect(await fingerprint(db)).toEqual(before);

    const { report } = await applyBatch(db, batch, { actor, acceptRepairs: true });
    expect(report.outcome).toBe('committed');
    const communes = cog<CogCommune>('communes.json').filter(
      (c) => c.type === 'commune-actuelle' && ['14', '74'].includes(c.departement),
    );
    expect(report.counts['units.commune']).toBe(communes.length);
    expect(report.counts['units.departement']).toBe(2);
    expect(report.counts['units.region']).toBe(2);
    expect(report.counts.boundaries).toBe(communes.length - 1);
    expect(about(report, 'unit_without_boundary').map((i) => i.unit)).toEqual(['14666']);
    expect(about(report, 'unit_code_changed').map((i) => i.unit)).toEqual(['14581']);
    // EPCI with a member in scope are kept, with those members only.
    const epci = cog<CogEpci>('epci.json');
    const inScope = new Set(communes.map((c) => c.code));
    expect(report.counts.memberships).toBe(epci.flatMap((e) => e.membres).filter((m) => inScope.has(m.code)).length);
    expect(report.counts.bodies).toBe(epci.filter((e) => e.membres.some((m) => inScope.has(m.code))).length);

    const counted = async () =>
      (
        await sql<{
          n: number;
        }>`select (select count(*) from unit) + (select count(*) from unit_boundary) + (select count(*) from indicator_value) + (select count(*) from coop_membership) + (select count(*) from unit_alias) as n`.execute(
          db.kysely,
        )
      ).rows[0]?.n;
    const n = await counted();
    const again = await applyBatch(db, batch, { actor, acceptRepairs: true });
    expect(again.report.outcome).toBe('committed');
    expect(await counted()).toBe(n);
  });
});
