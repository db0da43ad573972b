import { z } from 'zod';
import { emptyBatch, type ImportBatch } from '../../core/import/batch.ts';
import { AGGREGATIONS, type Aggregation } from '../../core/territory/indicators.ts';
import { countryCode, type UnitRef } from '../../core/territory/types.ts';
import { issue } from '../../core/validation/issues.ts';
import { readTable } from '../tables/read.ts';
import { cell, columnIndex, parseNumber, type Table } from '../tables/table.ts';
import { defineImporter } from './importer.ts';

/**
 * Indicator values from CSV or XLSX, in either layout:
 * - wide: one row per unit, one column per indicator, named `population_2024` (or `population`
 *   with the `year` option);
 * - long: one row per unit, indicator and year, with columns `indicator`, `year`, `value`.
 * Rows join on the unit code; when a code does not join and a name is given, a match by name
 * (accents, case and Arabic letter variants ignored) is proposed for the user to accept.
 */
export const indicatorsImporter = defineImporter({
  name: 'indicators',
  input: 'file',
  accepts: ['.csv', '.txt', '.tsv', '.xlsx'],
  options: z.object({
    country: z.string().min(1).describe('territory code'),
    level: z.string().optional().describe('territorial level of the rows, to join codes unambiguously'),
    codeColumn: z.string().default('code').describe('column holding the unit code'),
    nameColumn: z.string().default('name').describe('column holding the unit name, used when a code does not join'),
    layout: z.enum(['auto', 'wide', 'long']).default('auto').describe('table layout'),
    year: z.number().int().min(1800).max(2200).optional().describe('year of the values when wide columns carry none'),
    aggregation: z
      .enum(AGGREGATIONS as [Aggregation, ...Aggregation[]])
      .default('none')
      .describe('how new indicators combine over groups of units'),
    sheet: z.string().optional().describe('XLSX sheet (default: the first)'),
    encoding: z.string().optional().describe('CSV encoding when it cannot be detected'),
  }),
  async read(input, o) {
    const t = await readTable(input.path as string, { displayName: input.displayName, sheet: o.sheet, encoding: o.encoding });
    const batch = emptyBatch('indicators', countryCode(o.country));
    batch.files.push(t.summary);
    batch.issues.push(...t.issues);
    const codeIdx = columnIndex(t, o.codeColumn);
    const nameIdx = columnIndex(t, o.nameColumn);
    if (codeIdx < 0 && nameIdx < 0) {
      batch.issues.push(issue('column_missing', { file: t.file, params: { column: `${o.codeColumn} | ${o.nameColumn}` } }));
      return batch;
    }
    const isLong =
      o.layout === 'long' || (o.layout === 'auto' && ['indicator', 'year', 'value'].every((c) => columnIndex(t, c) >= 0));
    const ref = (row: Table['rows'][number]): UnitRef => ({
      code: cell(row, codeIdx),
      name: cell(row, nameIdx),
      level: o.level ?? null,
    });
    if (isLong) readLong(t, batch, ref);
    else readWide(t, batch, ref, [codeIdx, nameIdx], o.year ?? null);
    const known = new Set(batch.values.map((v) => v.indicator));
    batch.indicators = [...known].map((id) => ({
      id,
      labels: { fr: id },
      aggregation: o.aggregation,
      source: t.file,
      provisional: true,
    }));
    return batch;
  },
});

function readLong(t: Table, batch: ImportBatch, ref: (r: Table['rows'][number]) => UnitRef) {
  const [ind, yr, val] = ['indicator', 'year', 'value'].map((c) => columnIndex(t, c)) as [number, number, number];
  for (const row of t.rows) {
    const at = { file: t.file, row: row.line };
    const indicator = cell(row, ind);
    const yearRaw = cell(row, yr);
    const raw = cell(row, val);
    if (!indicator || raw === null) continue;
    const year = Number(yearRaw);
    if (!Number.isInteger(year) || year < 1800 || year > 2200) {
      batch.issues.push(issue('year_invalid', { ...at, field: 'year', params: { value: yearRaw ?? '' } }));
      continue;
    }
    pushValue(batch, ref(row), indicator, year, raw, { ...at, field: 'value' });
  }
}

function readWide(
  t: Table,
  batch: ImportBatch,
  ref: (r: Table['rows'][number]) => UnitRef,
  keyCols: number[],
  year: number | null,
) {
  const columns: { idx: number; indicator: string; year: number }[] = [];
  t.columns.forEach((c, idx) => {
    if (keyCols.includes(idx) || /^(level|niveau|name_[a-z]{2,3}|nom_?\w*|libelle\w*)$/i.test(c)) return;
    const m = /^(.*?)[_\s-]?((?:18|19|20|21)\d\d)$/.exec(c.trim());
    if (m?.[1]) columns.push({ idx, indicator: slug(m[1]), year: Number(m[2]) });
    else if (year !== null) columns.push({ idx, indicator: slug(c), year });
    else batch.issues.push(issue('year_invalid', { file: t.file, field: c, params: { value: c } }));
  });
  for (const row of t.rows) {
    for (const c of columns) {
      const raw = cell(row, c.idx);
      if (raw === null) continue;
      pushValue(batch, ref(row), c.indicator, c.year, raw, { file: t.file, row: row.line, field: t.columns[c.idx] ?? null });
    }
  }
}

function pushValue(
  batch: ImportBatch,
  unit: UnitRef,
  indicator: string,
  year: number,
  raw: string,
  source: { file: string; row: number; field: string | null },
) {
  const value = parseNumber(raw);
  if (value === undefined) {
    batch.issues.push(
      issue('value_not_number', {
        file: source.file,
        row: source.row,
        field: source.field ?? undefined,
        unit: unit.code ?? undefined,
        params: { value: raw },
      }),
    );
    return;
  }
  batch.values.push({ indicator, unit, year, value, source });
}

/** Indicator ids are lower-case words joined by underscores, safe as export column names. */
function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}
