import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEED, generateDemoTerritory } from '../../src/core/demo/generate.ts';
import type { ImportBatch } from '../../src/core/import/batch.ts';
import type { PolygonalGeometry, UnitRecord } from '../../src/core/territory/types.ts';

const ARABIC = /[\u0600-\u06ff]/;
const TIFINAGH = /^[\u2d30-\u2d7f' -]+$/;

/** The polygons of a geometry, whatever its type. */
const polygons = (g: PolygonalGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Directed edges of every ring, as exact coordinate strings (no rounding: borders must be identical). */
function edges(g: PolygonalGeometry): string[] {
  const out: string[] = [];
  for (const poly of polygons(g)) {
    for (const ring of poly) {
      for (let k = 0; k + 1 < ring.length; k++) out.push(`${ring[k]}>${ring[k + 1]}`);
    }
  }
  return out;
}
const reverse = (e: string) => e.split('>').reverse().join('>');

describe('demo territory', () => {
  let batch: ImportBatch;
  let byCode: Map<string, UnitRecord>;
  const level = (l: string) => batch.units.filter((u) => u.level === l);
  const value = (code: string, indicator: string, year: number) =>
    batch.values.find((v) => v.unit.code === code && v.indicator === indicator && v.year === year)?.value;
  const geometryOf = (code: string) => batch.boundaries.find((b) => b.unit.code === code)?.geometry as PolygonalGeometry;

  beforeAll(() => {
    batch = generateDemoTerritory();
    byCode = new Map(batch.units.map((u) => [u.code as string, u]));
  });

  it('is deterministic for a seed and changes with it', () => {
    expect(generateDemoTerritory({ seed: DEMO_SEED })).toEqual(batch);
    const other = generateDemoTerritory({ seed: 7 });
    expect(other).toEqual(generateDemoTerritory({ seed: 7 }));
    expect(other.units.map((u) => u.names.fr)).not.toEqual(batch.units.map((u) => u.names.fr));
    expect(other.boundaries[0]?.geometry).not.toEqual(batch.boundaries[0]?.geometry);
  });

  it('defines a fictional country with Moroccan levels', () => {
    expect(batch.kind).toBe('demo');
    expect(batch.countryDef?.fictional).toBe(true);
    expect(batch.countryDef?.names).toMatchObject({
      fr: expect.stringMatching(/fictif/),
      en: expect.stringMatching(/Fictional/),
      ar: expect.stringMatching(/وهمي/),
    });
    expect(batch.countryDef?.levels.map((l) => l.id)).toEqual(['region', 'province', 'cercle', 'commune']);
  });

  it('has 1 region, 2 provinces, 10 cercles and about 150 communes, some urban', () => {
    expect(level('region')).toHaveLength(1);
    expect(level('province')).toHaveLength(2);
    expect(level('cercle')).toHaveLength(10);
    expect(level('commune').length).toBeGreaterThanOrEqual(140);
    expect(level('commune').length).toBeLessThanOrEqual(160);
    const urban = level('commune').filter((u) => u.kind === 'urban');
    expect(urban.length).toBeGreaterThanOrEqual(4);
    expect(urban.length).toBeLessThan(20);
    expect(new Set(batch.units.map((u) => `${u.level}:${u.code}`)).size).toBe(batch.units.length);
  });

  it('hangs every unit from a parent of the right level, as in Morocco', () => {
    const expected = (u: UnitRecord) =>
      u.level === 'region'
        ? null
        : u.level === 'province'
          ? 'region'
          : u.level === 'cercle'
            ? 'province'
            : u.kind === 'rural'
              ? 'cercle'
              : 'province';
    for (const u of batch.units) {
      const want = expected(u);
      if (want === null) {
        expect(u.parent).toBeNull();
        continue;
      }
      const parent = byCode.get(u.parent?.code ?? '');
      expect(parent?.level, u.code).toBe(want);
      expect(u.code.startsWith(`${parent?.code}.`), u.code).toBe(true);
    }
    // Capitals give their names to the provinces, each of which has at least one town.
    for (const p of level('province')) {
      const capital = level('commune').find((c) => c.code === `${p.code}.01.01`);
      expect(capital?.kind).toBe('urban');
      expect(capital?.names.fr).toBe(p.names.fr);
    }
  });

  it('names every unit in French and Arabic, some in Tifinagh, without repeating a commune', () => {
    for (const u of batch.units) {
      expect(u.names.fr, u.code).toMatch(/^[A-ZÀ-Ý]/);
      expect(u.names.ar, u.code).toMatch(ARABIC);
      if (u.names.zgh) expect(u.names.zgh, u.code).toMatch(TIFINAGH);
    }
    const communes = level('commune');
    expect(communes.filter((u) => u.names.zgh).length).toBeGreaterThan(10);
    expect(new Set(communes.map((u) => u.names.fr)).size).toBe(communes.length);
  });

  it('gives plausible populations whose parents are the sums of their communes', () => {
    for (const c of level('commune')) {
      const pop = value(c.code, 'population', 2024) as number;
      if (c.kind === 'rural') expect(pop).toSatisfy((p: number) => p >= 2_000 && p <= 30_000);
      else expect(pop).toSatisfy((p: number) => p >= 20_000 && p <= 500_000);
      for (const year of [2014, 2024]) {
        const size = (value(c.code, 'population', year) as number) / (value(c.code, 'households', year) as number);
        expect(size).toBeGreaterThan(3);
        expect(size).toBeLessThan(6);
      }
      const growth = pop / (value(c.code, 'population', 2014) as number);
      expect(growth).toBeGreaterThan(0.75);
      expect(growth).toBeLessThan(1.5);
    }
    const ancestors = (u: UnitRecord): string[] => {
      const p = u.parent?.code ? byCode.get(u.parent.code) : undefined;
      return p ? [p.code, ...ancestors(p)] : [];
    };
    for (const parent of batch.units.filter((u) => u.level !== 'commune')) {
      const children = level('commune').filter((c) => ancestors(c).includes(parent.code));
      expect(children.length).toBeGreaterThan(0);
      for (const indicator of ['population', 'households']) {
        for (const year of [2014, 2024]) {
          const sum = children.reduce((s, c) => s + (value(c.code, indicator, year) as number), 0);
          expect(value(parent.code, indicator, year), `${parent.code} ${indicator} ${year}`).toBe(sum);
        }
      }
    }
  });

  it('has only finite numbers, and coordinates in the open Atlantic', () => {
    expect(batch.values.length).toBe(batch.units.length * 4);
    for (const v of batch.values) expect(Number.isFinite(v.value)).toBe(true);
    for (const f of batch.flowDatasets.flatMap((d) => d.flows)) expect(Number.isFinite(f.value) && f.value >= 0).toBe(true);
    for (const b of batch.boundaries) {
      for (const ring of polygons(b.geometry).flat()) {
        for (const [lon, lat] of ring as [number, number][]) {
          expect(Number.isFinite(lon) && lon > -15 && lon < -11).toBe(true);
          expect(Number.isFinite(lat) && lat > 30 && lat < 33).toBe(true);
        }
      }
    }
  });

  it('tiles the region with communes that share their borders exactly', () => {
    expect(batch.boundaries).toHaveLength(batch.units.length);
    const count = new Map<string, number>();
    for (const c of level('commune')) for (const e of edges(geometryOf(c.code))) count.set(e, (count.get(e) ?? 0) + 1);
    // No edge walked twice the same way: that would be an overlap.
    expect([...count.values()].every((n) => n === 1)).toBe(true);
    // Edges without their reverse are the outer border, exactly the region's.
    const outer = [...count.keys()].filter((e) => !count.has(reverse(e))).sort();
    expect(outer).toEqual(edges(geometryOf('D1')).sort());
    // Cercles and provinces follow commune borders: each of their edges is a commune edge.
    for (const u of [...level('cercle'), ...level('province')]) {
      expect(
        edges(geometryOf(u.code)).every((e) => count.has(e)),
        u.code,
      ).toBe(true);
    }
  });

  it('has a home–work dataset of a few hundred pairs towards towns', () => {
    expect(batch.flowDatasets).toHaveLength(1);
    const { def, flows } = batch.flowDatasets[0] as ImportBatch['flowDatasets'][number];
    expect(def).toMatchObject({ kind: 'home_work', year: 2024 });
    const between = flows.filter((f) => f.origin.code !== f.destination.code);
    expect(between.length).toBeGreaterThanOrEqual(200);
    expect(between.length).toBeLessThanOrEqual(800);
    for (const f of between) expect(byCode.get(f.destination.code ?? '')?.kind).toBe('urban');
    expect(new Set(flows.map((f) => `${f.origin.code}>${f.destination.code}`)).size).toBe(flows.length);
  });

  it('registers an ECI of contiguous communes around a town and a GCT', () => {
    expect(batch.bodies.map((b) => b.type).sort()).toEqual(['eci', 'gct']);
    const eci = batch.bodies.find((b) => b.type === 'eci');
    expect(eci?.competences).toEqual(['water', 'sanitation']);
    const members = batch.memberships.filter((m) => m.body === eci?.code).map((m) => m.unit.code as string);
    expect(members.length).toBeGreaterThanOrEqual(5);
    expect(members.some((c) => byCode.get(c)?.kind === 'urban')).toBe(true);
    // Contiguous: every member reaches the others through shared borders.
    const shares = (a: string, b: string) => edges(geometryOf(a)).some((e) => edges(geometryOf(b)).includes(reverse(e)));
    const reached = new Set([members[0]]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const m of members) {
        if (!reached.has(m) && [...reached].some((r) => shares(r as string, m))) {
          reached.add(m);
          grew = true;
        }
      }
    }
    expect(reached.size).toBe(members.length);
    for (const m of batch.memberships) expect(byCode.has(m.unit.code ?? ''), m.unit.code ?? '').toBe(true);
  });
});
