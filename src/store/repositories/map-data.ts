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
    parent_id: number | null;
    name_fr: string | null;
    name_ar: string | null;
    name_zgh: string | null;
    name_en: string | null;
    kind: string | null;
    area_km2: number | null;
  }>`
    select u.id, u.code, u.parent_id, u.name_fr, u.name_ar, u.name_zgh, u.name_en, u.kind, b.area_km2
    from unit u left join unit_boundary b on b.unit_id = u.id
    where u.country_code = ${q.country} and u.level_id = ${q.level} and u.valid_to is null ${scope}
    order by u.code`.execute(k);
  // Ancestors come from one read of the coarser levels, walked in memory: a recursive query per
  // unit cost half a second for the 1,503 Moroccan communes.
  const above = await sql<{
    id: number;
    parent_id: number | null;
    level_id: string;
    code: string;
    name_fr: string | null;
    name_ar: string | null;
    name_en: string | null;
  }>`
    select u.id, u.parent_id, u.level_id, u.code, u.name_fr, u.name_ar, u.name_en from unit u
    join territorial_level l on l.country_code = u.country_code and l.id = u.level_id
    where u.country_code = ${q.country} and u.valid_to is null
      and l.rank < (select rank from territorial_level where country_code = ${q.country} and id = ${q.level})`.execute(k);
  const parents = new Map(above.rows.map((r) => [r.id, r]));
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
    for (let p = u.parent_id === null ? undefined : parents.get(u.parent_id), guard = 0; p && guard < 16; guard++) {
      ancestors[p.level_id] = p.code;
      ancestorNames[p.code] = { fr: p.name_fr, ar: p.name_ar, en: p.name_en };
      p = p.parent_id === null ? undefined : parents.get(p.parent_id);
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
