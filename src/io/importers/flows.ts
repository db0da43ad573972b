import { z } from 'zod';
import { emptyBatch } from '../../core/import/batch.ts';
import { FLOW_KINDS, type FlowRecord } from '../../core/territory/flows.ts';
import { countryCode } from '../../core/territory/types.ts';
import { issue } from '../../core/validation/issues.ts';
import { readTable } from '../tables/read.ts';
import { cell, columnIndex, parseNumber } from '../tables/table.ts';
import { defineImporter } from './importer.ts';

/** An origin–destination table (home–work, school, health, souks) between known units. */
export const flowsImporter = defineImporter({
  name: 'flows',
  input: 'file',
  accepts: ['.csv', '.txt', '.tsv', '.xlsx'],
  options: z.object({
    country: z.string().min(1).describe('territory code'),
    key: z.string().min(1).describe('dataset key; importing the same key again replaces the dataset'),
    name: z.string().optional().describe('dataset name (default: the key)'),
    kind: z.enum(FLOW_KINDS).default('home_work').describe('what moves'),
    year: z.number().int().min(1800).max(2200).describe('year of the flows'),
    level: z.string().optional().describe('territorial level of origins and destinations'),
    origin: z.string().default('origin').describe('origin column'),
    destination: z.string().default('destination').describe('destination column'),
    value: z.string().default('value').describe('value column'),
    valueUnit: z.string().optional().describe('what a value counts (workers, pupils)'),
    encoding: z.string().optional().describe('CSV encoding when it cannot be detected'),
  }),
  async read(input, o, ctx) {
    const t = await readTable(input.path as string, { displayName: input.displayName, encoding: o.encoding });
    const batch = emptyBatch('flows', countryCode(o.country));
    batch.files.push(t.summary);
    batch.issues.push(...t.issues);
    const [oi, di, vi] = [o.origin, o.destination, o.value].map((c) => columnIndex(t, c)) as [number, number, number];
    for (const [i, c] of [
      [oi, o.origin],
      [di, o.destination],
      [vi, o.value],
    ] as const) {
      if (i < 0) batch.issues.push(issue('column_missing', { file: t.file, params: { column: c } }));
    }
    if (batch.issues.some((x) => x.severity === 'error')) return batch;
    const flows: FlowRecord[] = [];
    t.rows.forEach((row, n) => {
      const at = { file: t.file, row: row.line };
      const raw = cell(row, vi);
      const value = raw === null ? 0 : parseNumber(raw);
      if (value === undefined) {
        batch.issues.push(issue('value_not_number', { ...at, field: o.value, params: { value: raw ?? '' } }));
        return;
      }
      flows.push({
        origin: { code: cell(row, oi), level: o.level ?? null },
        destination: { code: cell(row, di), level: o.level ?? null },
        value,
        source: at,
      });
      if (n % 50000 === 0) ctx.onProgress({ phase: 'read', done: n, total: t.rows.length });
    });
    batch.flowDatasets.push({
      def: { key: o.key, name: o.name ?? o.key, kind: o.kind, year: o.year, valueUnit: o.valueUnit ?? null },
      flows,
    });
    return batch;
  },
});
