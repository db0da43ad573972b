import { emptyBatch, type ImportBatch } from '../import/batch.ts';
import type { BodyRecord, MembershipRecord } from '../territory/cooperation.ts';
import type { FlowRecord } from '../territory/flows.ts';
import type { ValueRecord } from '../territory/indicators.ts';
import { type SourceRef, unitCode } from '../territory/types.ts';
import { drawBodies } from './cooperation.ts';
import { DEMO_COUNTRY, DEMO_INDICATORS, DEMO_ORIGIN } from './country.ts';
import { gravityFlows } from './flows.ts';
import { buildGeometries } from './geometry.ts';
import { buildLayout } from './layout.ts';
import { NameMaker } from './names.ts';
import { drawCounts, sumCounts } from './population.ts';
import { Rng } from './random.ts';
import { buildUnits, type DemoUnit } from './units.ts';

/** The seed the app uses when it loads the demo: 1 September 2024, first day of the RGPH 2024. */
export const DEMO_SEED = 20240901;

export interface DemoOptions {
  /** Same seed, same territory, to the last coordinate. */
  seed?: number;
}

/** Size of the territory: ~200 × 150 km, 2 provinces, 10 cercles, 150 communes of which 12 urban. */
const SHAPE = { rx: 100, ry: 75, spacing: 2.2, smallTowns: 10, ruralCommunes: 138, cerclesPerProvince: 5 };

/**
 * A fictional but plausible territory to explore the app with when no real data may be shipped:
 * one region in the Moroccan mould, with boundaries tiling it exactly, census counts for 2014 and
 * 2024, home–work flows and two cooperation bodies. Pure and deterministic for a seed.
 */
export function generateDemoTerritory(options: DemoOptions = {}): ImportBatch {
  const seed = options.seed ?? DEMO_SEED;
  const rng = new Rng(seed);
  const layout = buildLayout(rng, SHAPE);
  const units = buildUnits(layout, new NameMaker(rng));
  const counts = drawCounts(rng, layout);
  const flows = gravityFlows(
    rng,
    layout.communes,
    counts.map((c) => c.population2024),
  );
  const bodies = drawBodies(rng, layout);
  const shapes = buildGeometries(layout, DEMO_ORIGIN);

  const file = `demo-seed-${seed}`;
  const at = (row: number, field?: string): SourceRef => (field ? { file, row, field } : { file, row });
  const batch = emptyBatch('demo', DEMO_COUNTRY.code);
  batch.countryDef = DEMO_COUNTRY;
  batch.files = [{ name: file, bytes: 0 }];
  batch.indicators = DEMO_INDICATORS;

  const communeRef: { code: string; level: string }[] = [];
  units.forEach((u, n) => {
    const row = n + 1;
    batch.units.push({ level: u.level, code: unitCode(u.code), kind: u.kind, names: u.names, parent: u.parent, source: at(row) });
    const ref = { code: u.code, level: u.level };
    if (u.level === 'commune') communeRef[u.shape] = ref;
    batch.boundaries.push({ unit: ref, geometry: shapeOf(u, shapes), source: at(row, 'geometry') });
    const total = sumCounts(u.communes.map((i) => counts[i] as (typeof counts)[number]));
    const value = (indicator: string, year: number, v: number): ValueRecord => ({
      indicator,
      unit: ref,
      year,
      value: v,
      source: at(row, `${indicator}_${year}`),
    });
    batch.values.push(
      value('population', 2014, total.population2014),
      value('population', 2024, total.population2024),
      value('households', 2014, total.households2014),
      value('households', 2024, total.households2024),
    );
  });

  const flowFile = `${file}-home-work`;
  batch.files.push({ name: flowFile, bytes: 0 });
  batch.flowDatasets.push({
    def: {
      key: 'demo_home_work_2024',
      name: 'Navettes domicile-travail 2024 (fictives)',
      kind: 'home_work',
      year: 2024,
      valueUnit: 'workers',
    },
    flows: flows.map(
      (f, n): FlowRecord => ({
        origin: communeRef[f.origin] as { code: string; level: string },
        destination: communeRef[f.destination] as { code: string; level: string },
        value: f.workers,
        source: { file: flowFile, row: n + 1 },
      }),
    ),
  });

  addBodies(batch, bodies, communeRef, units, file, DEMO_COUNTRY.names.fr ?? '');
  const sums = (['population', 'households'] as const).flatMap((indicator) =>
    [2014, 2024].flatMap((year) =>
      (['region', 'province', 'cercle'] as const).map((parentLevel) => ({ indicator, year, childLevel: 'commune', parentLevel })),
    ),
  );
  batch.checks = {
    boundaryLevels: ['commune'],
    gapGroupLevel: 'region',
    overlapToleranceKm2: 0.01,
    gapToleranceKm2: 0.01,
    childrenSum: sums,
  };
  return batch;
}

function shapeOf(u: DemoUnit, shapes: ReturnType<typeof buildGeometries>) {
  const list =
    u.level === 'commune'
      ? shapes.communes
      : u.level === 'cercle'
        ? shapes.cercles
        : u.level === 'province'
          ? shapes.provinces
          : [shapes.region];
  const g = list[u.shape];
  if (!g) throw new Error(`no geometry for demo unit ${u.code}`);
  return g;
}

function addBodies(
  batch: ImportBatch,
  bodies: ReturnType<typeof drawBodies>,
  communeRef: { code: string; level: string }[],
  units: DemoUnit[],
  file: string,
  territory: string,
) {
  const provinces = units.filter((u) => u.level === 'province');
  const nameOf = (i: number) => units.find((u) => u.level === 'commune' && u.shape === i)?.names.fr ?? '';
  bodies.forEach((b, n) => {
    const seat = nameOf(b.seat);
    const code = `${b.kind}_${slug(seat)}`;
    const source = { file, row: n + 1, field: 'body' };
    const body: BodyRecord = {
      code,
      name: b.kind === 'eci' ? `ECI ${seat} – Eau potable et assainissement` : `GCT ${seat} – Routes rurales et transport`,
      type: b.kind,
      legalBasis: b.kind === 'eci' ? 'Loi organique n° 113-14 relative aux communes' : 'Lois organiques n° 112-14 et 113-14',
      competences: b.competences,
      status: 'active',
      createdOn: b.createdOn,
      notes: `Organisme fictif, généré pour le ${territory.toLowerCase()}.`,
      source,
    };
    batch.bodies.push(body);
    const members: MembershipRecord[] = [
      ...b.communes.map((i) => ({
        body: code,
        unit: communeRef[i] as { code: string },
        joinedOn: b.createdOn,
        role: i === b.seat ? 'siège' : null,
        source,
      })),
      ...b.provinces.map((p) => ({
        body: code,
        unit: { code: provinces[p]?.code ?? '', level: 'province' },
        joinedOn: b.createdOn,
        source,
      })),
    ];
    batch.memberships.push(...members);
    batch.events.push({ body: code, occurredOn: b.createdOn, kind: 'created', description: 'Création (fictive)', source });
  });
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
