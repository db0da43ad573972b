import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { descendantIds } from './territory.ts';

export interface BoundaryQuery {
  country: string;
  level: string;
  /** Only units below this one (a region, a province). */
  within?: string | null;
  withinLevel?: string | null;
  /** Decimal places of the coordinates (6 ≈ 0.1 m). */
  precision?: number;
}

/** Boundaries of the units of one level as a FeatureCollection, properties kept small. */
export async function boundariesGeoJSON(k: Kysely<Database>, q: BoundaryQuery): Promise<GeoJSON.FeatureCollection> {
  const rows = await sql<{
    code: string;
    name_fr: string | null;
    name_ar: string | null;
    name_zgh: string | null;
    kind: string | null;
    parent: string | null;
    geom: string;
  }>`
    select u.code, u.name_fr, u.name_ar, u.name_zgh, u.kind, p.code as parent, ST_AsGeoJSON(b.geom, ${q.precision ?? 6}) as geom
    from unit u
    join unit_boundary b on b.unit_id = u.id
    left join unit p on p.id = u.parent_id
    where u.country_code = ${q.country} and u.level_id = ${q.level} and u.valid_to is null
      ${q.within ? sql`and u.id in (${descendantIds(q.country, q.within, q.withinLevel)})` : sql``}
    order by u.code`.execute(k);
  return {
    type: 'FeatureCollection',
    features: rows.rows.map((r) => ({
      type: 'Feature',
      id: r.code,
      properties: { code: r.code, name_fr: r.name_fr, name_ar: r.name_ar, name_zgh: r.name_zgh, kind: r.kind, parent: r.parent },
      geometry: JSON.parse(r.geom) as GeoJSON.Geometry,
    })),
  };
}

/** A number that changes whenever boundaries change: the key of cached topologies. */
export async function boundariesVersion(k: Kysely<Database>, country: string): Promise<string> {
  const r = await sql<{ v: string }>`
    select coalesce(max(b.op_id), 0)::text || ':' || count(*)::text as v
    from unit_boundary b join unit u on u.id = b.unit_id where u.country_code = ${country}`.execute(k);
  return r.rows[0]?.v ?? '0';
}
