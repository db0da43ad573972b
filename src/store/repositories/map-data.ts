import { type Kysely, sql } from 'kysely';
import type { MapData, MapFlow } from '../../core/map/data.ts';
import type { Database } from '../schema.ts';
import { descendantIds } from './territory.ts';

export interface MapDataQuery {
  country: string;
  level: string;
  within?: string | null;
  withinLevel?: string | null;
  /** Indicators whose every year is sent. */
  indicators: string[];
}

/** Everything a thematic map of one level needs, in three queries. */
export async function mapData(k: Kysely<Database>, q: MapDataQuery): Promise<MapData> {
  const scope = q.within ? sql`and u.id in (${descendantIds(q.country, q.within, q.withinLevel)})` : sql``;
  const units = await sql<{
    id: number;
    code: string;
    name_fr: string | null;
    name_ar: string | null;
    name_zgh: string | null;
    name_en: string | null;
    kind: string | null;
    area_km2: number | null;
    ancestors: { level: string; code: string; fr: string | null; ar: string | null; en: string | null }[] | null;
  }>`
    select u.id, u.code, u.name_fr, u.name_ar, u.name_zgh, u.name_en, u.kind, b.area_km2,
      (with recursive a(id, depth) as (
         select u.parent_id, 1 union all
         select p.parent_id, a.depth + 1 from unit p join a on p.id = a.id where a.depth < 16)
       select json_agg(json_build_object('level', p.level_id, 'code', p.code, 'fr', p.name_fr, 'ar', p.name_ar, 'en', p.name_en))
       from a join unit p on p.id = a.id) as ancestors
    from unit u left join unit_boundary b on b.unit_id = u.id
    where u.country_code = ${q.country} and u.level_id = ${q.level} and u.valid_to is null ${scope}
    order by u.code`.execute(k);
  const ids = units.rows.map((u) => u.id);
  const values =
    q.indicators.length && ids.length
      ? await sql<{ unit_id: number; indicator_id: string; year: number; value: number | null }>`
          select unit_id, indicator_id, year, value from indicator_value
          where unit_id = any(${ids}::bigint[]) and indicator_id = any(${q.indicators}::text[])`.execute(k)
      : { rows: [] };
  const byUnit = new Map<number, Record<string, Record<string, number | null>>>();
  for (const v of values.rows) {
    const m = byUnit.get(v.unit_id) ?? {};
    m[v.indicator_id] ??= {};
    (m[v.indicator_id] as Record<string, number | null>)[String(v.year)] = v.value;
    byUnit.set(v.unit_id, m);
  }
  const members = ids.length
    ? await sql<{ unit: string; body: string; name: string; type: string }>`
        select u.code as unit, b.code as body, b.name, b.type from coop_membership m
        join coop_body b on b.id = m.body_id join unit u on u.id = m.unit_id
        where m.unit_id = any(${ids}::bigint[]) and (m.left_on is null or m.left_on > current_date)
        order by b.name, u.code`.execute(k)
    : { rows: [] };
  const ancestorNames: MapData['ancestorNames'] = {};
  const rows = units.rows.map((u) => {
    const ancestors: Record<string, string> = {};
    for (const a of u.ancestors ?? []) {
      ancestors[a.level] = a.code;
      ancestorNames[a.code] = { fr: a.fr, ar: a.ar, en: a.en };
    }
    return {
      code: u.code,
      names: { fr: u.name_fr, ar: u.name_ar, zgh: u.name_zgh, en: u.name_en },
      kind: u.kind,
      areaKm2: u.area_km2,
      ancestors,
      values: byUnit.get(u.id) ?? {},
    };
  });
  return { country: q.country, level: q.level, units: rows, memberships: members.rows, ancestorNames };
}

/** Flows of a dataset between units of one level, optionally with both ends inside a unit. */
export async function flowsOf(
  k: Kysely<Database>,
  q: { country: string; dataset: string; minValue?: number; within?: string | null; withinLevel?: string | null },
): Promise<{ name: string; kind: string; year: number; flows: MapFlow[] } | null> {
  const ds = await k
    .selectFrom('flow_dataset')
    .selectAll()
    .where('country_code', '=', q.country)
    .where('key', '=', q.dataset)
    .executeTakeFirst();
  if (!ds) return null;
  const scope = q.within ? descendantIds(q.country, q.within, q.withinLevel) : null;
  const rows = await sql<MapFlow>`
    select o.code as origin, d.code as destination, f.value from flow f
    join unit o on o.id = f.origin_id join unit d on d.id = f.destination_id
    where f.dataset_id = ${ds.id} and f.value >= ${q.minValue ?? 0}
      ${scope ? sql`and f.origin_id in (${scope}) and f.destination_id in (${scope})` : sql``}
    order by f.value desc`.execute(k);
  return { name: ds.name, kind: ds.kind, year: ds.year, flows: rows.rows };
}

export async function listFlowDatasets(k: Kysely<Database>, country: string) {
  return k
    .selectFrom('flow_dataset')
    .leftJoin('flow', 'flow.dataset_id', 'flow_dataset.id')
    .select([
      'flow_dataset.key',
      'flow_dataset.name',
      'flow_dataset.kind',
      'flow_dataset.year',
      'flow_dataset.value_unit',
      sql<number>`count(flow.dataset_id)::int`.as('flows'),
    ])
    .where('flow_dataset.country_code', '=', country)
    .groupBy('flow_dataset.id')
    .orderBy('flow_dataset.year', 'desc')
    .execute();
}
