import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export interface UnitNames {
  fr: string | null;
  ar: string | null;
  zgh: string | null;
  en: string | null;
}

export interface UnitSummary {
  id: number;
  code: string;
  level: string;
  kind: string | null;
  names: UnitNames;
  parentCode: string | null;
  parentLevel: string | null;
  hasBoundary: boolean;
  areaKm2: number | null;
  /** Number of current units directly below. */
  children: number;
  /** Latest non-null value of each requested indicator, with its year. */
  values: Record<string, { year: number; value: number }>;
}

export interface UnitQuery {
  country: string;
  level?: string | null;
  /** Direct children of this unit (code). */
  parent?: string | null;
  /** Level of that parent, where codes repeat across levels (French region 84, département 84). */
  parentLevel?: string | null;
  /** All descendants of this unit (code), at any depth. */
  within?: string | null;
  /** Level of the `within` unit, where codes repeat across levels (French regions and départements). */
  withinLevel?: string | null;
  /** Indicator ids to attach; `'all'` for every indicator that has values. */
  indicators?: string[] | 'all';
  /** Match on any name or the code, ignoring case. */
  search?: string | null;
  ids?: number[];
  limit?: number;
  offset?: number;
}

/** Finds the current unit with this code (any level unless given). */
export async function findUnit(k: Kysely<Database>, country: string, code: string, level?: string | null) {
  let q = k
    .selectFrom('unit')
    .select(['id', 'level_id', 'code'])
    .where('country_code', '=', country)
    .where('code', '=', code)
    .where('valid_to', 'is', null);
  if (level) q = q.where('level_id', '=', level);
  return q.orderBy('id').execute();
}

export async function listUnits(k: Kysely<Database>, q: UnitQuery): Promise<{ units: UnitSummary[]; total: number }> {
  let base = k
    .selectFrom('unit as u')
    .leftJoin('unit as p', 'p.id', 'u.parent_id')
    .leftJoin('unit_boundary as b', 'b.unit_id', 'u.id')
    .where('u.country_code', '=', q.country)
    .where('u.valid_to', 'is', null);
  if (q.level) base = base.where('u.level_id', '=', q.level);
  if (q.ids) base = base.where('u.id', 'in', q.ids.length ? q.ids : [-1]);
  if (q.parent) base = base.where('p.code', '=', q.parent);
  if (q.parentLevel) base = base.where('p.level_id', '=', q.parentLevel);
  if (q.within) base = base.where(sql<boolean>`u.id in (${descendantIds(q.country, q.within, q.withinLevel)})`);
  const search = q.search?.trim();
  if (search) {
    const like = `%${search.toLowerCase()}%`;
    base = base.where((eb) =>
      eb.or([
        eb(sql`lower(u.name_fr)`, 'like', like),
        eb(sql`lower(u.name_en)`, 'like', like),
        eb('u.name_ar', 'like', `%${search}%`),
        eb('u.name_zgh', 'like', `%${search}%`),
        eb('u.code', 'like', `${search}%`),
      ]),
    );
  }
  const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  let rows = base
    .select([
      'u.id',
      'u.code',
      'u.level_id',
      'u.kind',
      'u.name_fr',
      'u.name_ar',
      'u.name_zgh',
      'u.name_en',
      'p.code as parent_code',
      'p.level_id as parent_level',
      'b.area_km2',
      sql<boolean>`b.unit_id is not null`.as('has_boundary'),
      sql<number>`(select count(*)::int from unit c where c.parent_id = u.id and c.valid_to is null)`.as('children'),
    ])
    .orderBy('u.code');
  if (q.limit !== undefined) rows = rows.limit(q.limit);
  if (q.offset) rows = rows.offset(q.offset);
  const list = await rows.execute();
  const values = await latestValues(
    k,
    list.map((r) => r.id),
    q.indicators ?? [],
  );
  return {
    total: total.n,
    units: list.map((r) => ({
      id: r.id,
      code: r.code,
      level: r.level_id,
      kind: r.kind,
      names: { fr: r.name_fr, ar: r.name_ar, zgh: r.name_zgh, en: r.name_en },
      parentCode: r.parent_code,
      parentLevel: r.parent_level,
      hasBoundary: r.has_boundary,
      areaKm2: r.area_km2,
      children: r.children,
      values: values.get(r.id) ?? {},
    })),
  };
}

/** The latest non-null value per unit and indicator. */
export async function latestValues(
  k: Kysely<Database>,
  unitIds: number[],
  indicators: string[] | 'all',
): Promise<Map<number, Record<string, { year: number; value: number }>>> {
  const out = new Map<number, Record<string, { year: number; value: number }>>();
  if (unitIds.length === 0 || (indicators !== 'all' && indicators.length === 0)) return out;
  const rows = await sql<{ unit_id: number; indicator_id: string; year: number; value: number }>`
    select distinct on (unit_id, indicator_id) unit_id, indicator_id, year, value
    from indicator_value
    where unit_id = any(${unitIds}::bigint[]) and value is not null
      ${indicators === 'all' ? sql`` : sql`and indicator_id = any(${indicators}::text[])`}
    order by unit_id, indicator_id, year desc`.execute(k);
  for (const r of rows.rows) {
    const m = out.get(r.unit_id) ?? {};
    m[r.indicator_id] = { year: r.year, value: r.value };
    out.set(r.unit_id, m);
  }
  return out;
}

/** One value of a series, with where it came from and who brought it. */
export interface SeriesPoint {
  year: number;
  value: number | null;
  note: string | null;
  source: { operation: number; author: string; at: string; file: string | null; row: number | null; field?: string | null };
}

export interface UnitDetail extends UnitSummary {
  validFrom: string | null;
  validTo: string | null;
  ancestors: { code: string; level: string; names: UnitNames }[];
  childrenByLevel: Record<string, number>;
  aliases: { scheme: string; code: string }[];
  /** Every value, by indicator, oldest year first. */
  series: Record<string, SeriesPoint[]>;
  provenance: { operation: number; author: string; at: string; file: string | null; row: number | null };
}

export async function getUnit(
  k: Kysely<Database>,
  country: string,
  code: string,
  level?: string | null,
): Promise<UnitDetail | null> {
  const found = await findUnit(k, country, code, level);
  const id = found[0]?.id;
  if (id === undefined) return null;
  const summary = (await listUnits(k, { country, ids: [id], indicators: 'all' })).units[0];
  if (!summary) return null;
  const row = await k
    .selectFrom('unit')
    .innerJoin('operation', 'operation.id', 'unit.op_id')
    .leftJoin('source_file', 'source_file.id', 'unit.src_file_id')
    .select([
      'unit.valid_from',
      'unit.valid_to',
      'unit.src_row',
      'operation.id as op',
      'operation.author',
      'operation.started_at',
      'source_file.name as file',
    ])
    .where('unit.id', '=', id)
    .executeTakeFirstOrThrow();
  const ancestors = await sql<{
    code: string;
    level_id: string;
    name_fr: string | null;
    name_ar: string | null;
    name_zgh: string | null;
    name_en: string | null;
    depth: number;
  }>`
    with recursive a(id, depth) as (
      select parent_id, 1 from unit where id = ${id}
      union all select u.parent_id, a.depth + 1 from unit u join a on u.id = a.id where a.depth < 16)
    select u.code, u.level_id, u.name_fr, u.name_ar, u.name_zgh, u.name_en, a.depth
    from a join unit u on u.id = a.id order by a.depth desc`.execute(k);
  const children = await k
    .selectFrom('unit')
    .select(['level_id', sql<number>`count(*)::int`.as('n')])
    .where('parent_id', '=', id)
    .where('valid_to', 'is', null)
    .groupBy('level_id')
    .execute();
  const aliases = await k
    .selectFrom('unit_alias')
    .select(['scheme', 'code'])
    .where('unit_id', '=', id)
    .orderBy('scheme')
    .execute();
  const values = await k
    .selectFrom('indicator_value as v')
    .innerJoin('operation as o', 'o.id', 'v.op_id')
    .leftJoin('source_file as f', 'f.id', 'v.src_file_id')
    .select([
      'v.indicator_id',
      'v.year',
      'v.value',
      'v.note',
      'v.src_row',
      'o.id as op',
      'o.author',
      'o.started_at',
      'f.name as file',
    ])
    .where('v.unit_id', '=', id)
    .orderBy('v.indicator_id')
    .orderBy('v.year')
    .execute();
  const series: UnitDetail['series'] = {};
  for (const v of values) {
    series[v.indicator_id] ??= [];
    series[v.indicator_id]?.push({
      year: v.year,
      value: v.value,
      note: v.note,
      source: { operation: v.op, author: v.author, at: new Date(v.started_at).toISOString(), file: v.file, row: v.src_row },
    });
  }
  return {
    ...summary,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    ancestors: ancestors.rows.map((a) => ({
      code: a.code,
      level: a.level_id,
      names: { fr: a.name_fr, ar: a.name_ar, zgh: a.name_zgh, en: a.name_en },
    })),
    childrenByLevel: Object.fromEntries(children.map((c) => [c.level_id, c.n])),
    aliases,
    series,
    provenance: {
      operation: row.op,
      author: row.author,
      at: new Date(row.started_at as unknown as string).toISOString(),
      file: row.file,
      row: row.src_row,
    },
  };
}

/** Ids of every current unit below the unit with this code (not the unit itself). */
export function descendantIds(country: string, code: string, level?: string | null) {
  const root = sql`select id from unit where country_code = ${country} and code = ${code} and valid_to is null
    ${level ? sql`and level_id = ${level}` : sql``}`;
  return sql`
    with recursive d(id) as (${root}
      union all
      select c.id from unit c join d on c.parent_id = d.id where c.valid_to is null)
    select id from d where id not in (${root})`;
}
