import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'kysely';
import type { Db } from '../store/db.ts';
import { listIndicators } from '../store/repositories/meta.ts';
import { listUnits } from '../store/repositories/territory.ts';

export interface ExportUnitsOptions {
  country: string;
  level: string;
  within?: string | null;
  format: 'csv' | 'geojson';
}

const PAGE = 2000;

/**
 * Writes one row per unit: code, names, level, parent, whether it has a boundary, then the latest
 * value of every indicator of the territory as a column named by the indicator id. Written page
 * by page so that 35,000 French communes never sit in memory as one string.
 */
export async function exportUnits(db: Db, o: ExportUnitsOptions, out: Writable): Promise<number> {
  const indicators = (await listIndicators(db.kysely, o.country)).map((i) => i.id);
  const base = ['code', 'name_fr', 'name_ar', 'level', 'parent_code', 'has_geometry'];
  const write = (s: string) => new Promise<void>((res, rej) => out.write(s, (e) => (e ? rej(e) : res())));
  if (o.format === 'csv') await write(stringify([[...base, ...indicators]]));
  else await write('{"type":"FeatureCollection","features":[\n');
  let n = 0;
  for (let offset = 0; ; offset += PAGE) {
    const { units } = await listUnits(db.kysely, {
      country: o.country,
      level: o.level,
      within: o.within,
      indicators,
      limit: PAGE,
      offset,
    });
    if (units.length === 0) break;
    const geoms =
      o.format === 'geojson'
        ? await geometries(
            db,
            units.map((u) => u.id),
          )
        : new Map<number, string>();
    const chunk: string[] = [];
    for (const u of units) {
      const values = indicators.map((id) => u.values[id]?.value ?? null);
      if (o.format === 'csv') {
        chunk.push(
          stringify([
            [
              u.code,
              u.names.fr ?? '',
              u.names.ar ?? '',
              u.level,
              u.parentCode ?? '',
              String(u.hasBoundary),
              ...values.map((v) => (v === null ? '' : v)),
            ],
          ]),
        );
      } else {
        const properties: Record<string, unknown> = {
          code: u.code,
          name_fr: u.names.fr,
          name_ar: u.names.ar,
          level: u.level,
          parent_code: u.parentCode,
          has_geometry: u.hasBoundary,
        };
        indicators.forEach((id, i) => {
          properties[id] = values[i];
        });
        chunk.push(
          `${n + chunk.length > 0 ? ',\n' : ''}{"type":"Feature","properties":${JSON.stringify(properties)},"geometry":${geoms.get(u.id) ?? 'null'}}`,
        );
      }
    }
    await write(chunk.join(''));
    n += units.length;
    if (units.length < PAGE) break;
  }
  if (o.format === 'geojson') await write('\n]}\n');
  return n;
}

async function geometries(db: Db, ids: number[]): Promise<Map<number, string>> {
  const rows = await sql<{ unit_id: number; g: string }>`
    select unit_id, ST_AsGeoJSON(geom, 6) as g from unit_boundary where unit_id = any(${ids}::bigint[])`.execute(db.kysely);
  return new Map(rows.rows.map((r) => [r.unit_id, r.g]));
}
