import { z } from 'zod';
import { emptyBatch, type ImportBatch } from '../../core/import/batch.ts';
import { countryCode } from '../../core/territory/types.ts';
import { issue } from '../../core/validation/issues.ts';
import { propertyString } from '../geo/features.ts';
import { readGeometryFile } from '../geo/formats.ts';
import { readTable } from '../tables/read.ts';
import { cell, columnIndex, parseNumber, type Table } from '../tables/table.ts';
import { defineImporter } from './importer.ts';

const TABLE = /\.(csv|txt|tsv|xlsx)$/i;

/**
 * Facilities as points (schools, health centres, souks…): a table with longitude and latitude
 * columns, or point features (GeoJSON, Shapefile, GeoPackage). Each facility is placed in the
 * finest unit whose boundary contains it, unless the file names its unit.
 */
export const facilitiesImporter = defineImporter({
  name: 'facilities',
  input: 'file',
  accepts: ['.csv', '.txt', '.tsv', '.xlsx', '.geojson', '.json', '.zip', '.gpkg'],
  options: z.object({
    country: z.string().min(1).describe('territory code'),
    category: z.string().optional().describe('category of every facility in the file (school, health_centre, souk…)'),
    categoryColumn: z
      .string()
      .default('category')
      .describe('column or property holding the category, when not given for the whole file'),
    nameColumn: z.string().default('name').describe('column or property holding the name'),
    lonColumn: z.string().default('lon').describe('column holding the longitude (WGS 84), for tables'),
    latColumn: z.string().default('lat').describe('column holding the latitude (WGS 84), for tables'),
    unitColumn: z.string().optional().describe('column or property holding the code of the unit, when known'),
    encoding: z.string().optional().describe('CSV encoding when it cannot be detected'),
  }),
  async read(input, o) {
    const name = input.displayName ?? input.path ?? '';
    const batch = emptyBatch('facilities', countryCode(o.country));
    if (TABLE.test(name))
      await fromTable(batch, await readTable(input.path as string, { displayName: input.displayName, encoding: o.encoding }), o);
    else await fromFeatures(batch, input, o);
    return batch;
  },
});

type Options = {
  category?: string;
  categoryColumn: string;
  nameColumn: string;
  lonColumn: string;
  latColumn: string;
  unitColumn?: string;
};

async function fromTable(batch: ImportBatch, t: Table, o: Options) {
  batch.files.push(t.summary);
  batch.issues.push(...t.issues);
  const [lon, lat] = [o.lonColumn, o.latColumn].map((c) => columnIndex(t, c)) as [number, number];
  const cat = columnIndex(t, o.categoryColumn);
  for (const [i, c] of [
    [lon, o.lonColumn],
    [lat, o.latColumn],
    ...(o.category ? [] : [[cat, o.categoryColumn] as const]),
  ] as const) {
    if (i < 0) batch.issues.push(issue('column_missing', { file: t.file, params: { column: c } }));
  }
  if (batch.issues.some((x) => x.severity === 'error')) return;
  const nameIdx = columnIndex(t, o.nameColumn);
  const unitIdx = o.unitColumn ? columnIndex(t, o.unitColumn) : -1;
  for (const row of t.rows) {
    const at = { file: t.file, row: row.line };
    const x = parseNumber(cell(row, lon) ?? '');
    const y = parseNumber(cell(row, lat) ?? '');
    if (x === undefined || y === undefined) {
      batch.issues.push(
        issue('value_not_number', {
          ...at,
          field: x === undefined ? o.lonColumn : o.latColumn,
          params: { value: cell(row, x === undefined ? lon : lat) ?? '' },
        }),
      );
      continue;
    }
    const category = o.category ?? cell(row, cat);
    if (!category) {
      batch.issues.push(issue('code_missing', { ...at, field: o.categoryColumn }));
      continue;
    }
    const unit = cell(row, unitIdx);
    batch.facilities.push({ category, name: cell(row, nameIdx), lon: x, lat: y, unit: unit ? { code: unit } : null, source: at });
  }
}

async function fromFeatures(batch: ImportBatch, input: { path?: string; displayName?: string }, o: Options) {
  const set = await readGeometryFile(input.path as string, { displayName: input.displayName });
  batch.files.push(set.summary);
  batch.issues.push(...set.issues);
  for (const f of set.features) {
    const at = { file: set.file, row: f.row };
    if (f.geometry?.type !== 'Point') {
      batch.issues.push(issue('geometry_not_point', { ...at, params: { type: f.geometry?.type ?? 'null' } }));
      continue;
    }
    const [x, y] = f.geometry.coordinates as [number, number];
    const category = o.category ?? propertyString(f.properties, o.categoryColumn);
    if (!category) {
      batch.issues.push(issue('code_missing', { ...at, field: o.categoryColumn }));
      continue;
    }
    const unit = propertyString(f.properties, o.unitColumn);
    const attributes = Object.fromEntries(
      Object.entries(f.properties).filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v)),
    ) as Record<string, string | number | boolean | null>;
    batch.facilities.push({
      category,
      name: propertyString(f.properties, o.nameColumn),
      lon: x,
      lat: y,
      unit: unit ? { code: unit } : null,
      attributes,
      source: at,
    });
  }
}
