import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { descendantIds } from './territory.ts';

export interface FacilityRow {
  id: number;
  category: string;
  name: string | null;
  lon: number;
  lat: number;
  unitCode: string | null;
  attributes: Record<string, unknown>;
}

/** Facilities of a country, by category, optionally those inside a unit (any depth below it). */
export async function listFacilities(
  k: Kysely<Database>,
  q: { country: string; category?: string | null; within?: string | null; withinLevel?: string | null },
): Promise<FacilityRow[]> {
  const rows = await sql<{
    id: number;
    category: string;
    name: string | null;
    lon: number;
    lat: number;
    unit_code: string | null;
    attributes: Record<string, unknown>;
  }>`
    select f.id, f.category, f.name, ST_X(f.geom) as lon, ST_Y(f.geom) as lat, u.code as unit_code, f.attributes
    from facility f left join unit u on u.id = f.unit_id
    where f.country_code = ${q.country}
      ${q.category ? sql`and f.category = ${q.category}` : sql``}
      ${q.within ? sql`and f.unit_id in (${descendantIds(q.country, q.within, q.withinLevel)})` : sql``}
    order by f.category, f.name, f.id`.execute(k);
  return rows.rows.map((r) => ({
    id: r.id,
    category: r.category,
    name: r.name,
    lon: r.lon,
    lat: r.lat,
    unitCode: r.unit_code,
    attributes: r.attributes,
  }));
}
