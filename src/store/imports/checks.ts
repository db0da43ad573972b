import { sql } from 'kysely';
import { issue } from '../../core/validation/issues.ts';
import type { ImportContext } from './context.ts';

const DEFAULT_OVERLAP_KM2 = 0.01; // one hectare
const DEFAULT_GAP_KM2 = 0.01;

/**
 * Overlaps between a written boundary and any neighbour of the same level, above a tolerance.
 * Uses the GiST index; pairs are only measured when their interiors really overlap.
 */
export async function checkOverlaps(ctx: ImportContext, written: number[]) {
  if (written.length === 0) return;
  const tol = ctx.batch.checks.overlapToleranceKm2 ?? DEFAULT_OVERLAP_KM2;
  ctx.progress('overlaps', 0, 1);
  // Fresh statistics, or the planner takes the just-filled tables for empty ones and skips the
  // spatial index (minutes instead of a second on a national import).
  await sql`analyze unit, unit_boundary`.execute(ctx.trx);
  const rows = await sql<{ a: string; b: string; level: string; km2: number }>`
    select ua.code as a, ub.code as b, ua.level_id as level,
           ST_Area(ST_Intersection(ba.geom, bb.geom)::geography) / 1e6 as km2
    from unit_boundary ba
    join unit_boundary bb on ba.geom && bb.geom and ba.unit_id < bb.unit_id
    join unit ua on ua.id = ba.unit_id
    join unit ub on ub.id = bb.unit_id
    where ua.country_code = ${ctx.batch.country} and ub.country_code = ua.country_code
      and ua.level_id = ub.level_id and ua.valid_to is null and ub.valid_to is null
      and (ba.unit_id = any(${written}::bigint[]) or bb.unit_id = any(${written}::bigint[]))
      and ST_Overlaps(ba.geom, bb.geom)`.execute(ctx.trx);
  const big = rows.rows.filter((r) => r.km2 > tol).sort((x, y) => y.km2 - x.km2);
  for (const r of big) {
    ctx.report(issue('boundary_overlap', { unit: r.a, params: { other: r.b, level: r.level, km2: round(r.km2, 4) } }));
  }
  ctx.count('checks.overlapping_pairs', rows.rows.length);
  ctx.progress('overlaps', 1, 1);
}

/**
 * Holes between neighbours: inside each unit of `gapGroupLevel` (a region) the union of its
 * written units should have no hole; then the groups together. Holes above a tolerance are
 * reported with where they are and which units surround them.
 */
export async function checkGaps(ctx: ImportContext, written: number[]) {
  const groupLevel = ctx.batch.checks.gapGroupLevel;
  if (written.length === 0) return;
  const tol = ctx.batch.checks.gapToleranceKm2 ?? DEFAULT_GAP_KM2;
  const groups = written.map((id) => (groupLevel ? (ctx.resolver.ancestorAt(id, groupLevel)?.code ?? '') : ''));
  ctx.progress('gaps', 0, 1);
  await sql`create temp table gap_group on commit drop as
    with m as (select * from unnest(${written}::bigint[], ${groups}::text[]) as m(id, grp))
    select m.grp, ST_Union(b.geom) as geom from m join unit_boundary b on b.unit_id = m.id group by m.grp`.execute(ctx.trx);
  const levels = [...new Set(written.map((id) => ctx.resolver.get(id)?.level).filter((l): l is string => !!l))];
  const inside = await holes(ctx, sql`select grp, geom from gap_group`, tol, levels);
  const between = groups.some((g) => g !== groups[0])
    ? await holes(ctx, sql`select 'all' as grp, ST_Union(geom) as geom from gap_group`, tol, levels)
    : [];
  // A hole inside a group is also a hole of the whole: report it once.
  const seen = inside.map((h) => h.x.toFixed(3) + h.y.toFixed(3));
  const all = [...inside, ...between.filter((h) => !seen.includes(h.x.toFixed(3) + h.y.toFixed(3)))];
  for (const h of all) {
    ctx.report(
      issue('boundary_gap', {
        unit: h.grp && h.grp !== 'all' ? h.grp : undefined,
        params: { km2: round(h.km2, 3), lon: round(h.x, 4), lat: round(h.y, 4), neighbours: h.neighbours },
      }),
    );
  }
  ctx.progress('gaps', 1, 1);
}

/**
 * Holes of the unions, less whatever other units of the same levels fill them: a hole in a
 * French département's union is often an enclave of another département (the Enclave des
 * Papes), which is no gap at all.
 */
async function holes(ctx: ImportContext, source: ReturnType<typeof sql>, tol: number, levels: string[]) {
  const rows = await sql<{ grp: string; km2: number; x: number; y: number; neighbours: string }>`
    with src as (${source}),
    parts as (select grp, (ST_Dump(ST_CollectionExtract(geom, 3))).geom as geom from src),
    rings as (select grp, (ST_DumpRings(geom)).* from parts),
    h as (select grp, geom from rings where path[1] > 0 and ST_Area(geom::geography) / 1e6 > ${tol}),
    filled as (
      select h.grp, ST_CollectionExtract(ST_Difference(h.geom, coalesce((
        select ST_Union(b.geom) from unit_boundary b join unit u on u.id = b.unit_id
        where u.country_code = ${ctx.batch.country} and u.valid_to is null and u.level_id = any(${levels}::text[])
          and b.geom && h.geom and ST_Intersects(b.geom, h.geom)), 'SRID=4326;POLYGON EMPTY'::geometry)), 3) as geom
      from h),
    g as (select grp, geom, ST_Area(geom::geography) / 1e6 as km2 from filled where not ST_IsEmpty(geom))
    select g.grp, g.km2, ST_X(ST_PointOnSurface(g.geom)) as x, ST_Y(ST_PointOnSurface(g.geom)) as y,
      (select string_agg(u.code, ', ' order by u.code) from unit_boundary b join unit u on u.id = b.unit_id
        where u.country_code = ${ctx.batch.country} and u.valid_to is null and b.geom && g.geom
          and ST_Intersects(b.geom, ST_Boundary(g.geom))) as neighbours
    from g where g.km2 > ${tol} order by g.km2 desc`.execute(ctx.trx);
  return rows.rows.map((r) => ({ ...r, neighbours: r.neighbours ?? '' }));
}

/** Units of the levels that should have a boundary but have none, named one by one. */
export async function checkMissingBoundaries(ctx: ImportContext) {
  const levels = ctx.batch.checks.boundaryLevels;
  if (!levels?.length) return;
  const rows = await ctx.trx
    .selectFrom('unit')
    .leftJoin('unit_boundary', 'unit_boundary.unit_id', 'unit.id')
    .select(['unit.code', 'unit.level_id', 'unit.name_fr', 'unit.name_ar'])
    .where('unit.country_code', '=', ctx.batch.country)
    .where('unit.valid_to', 'is', null)
    .where('unit.level_id', 'in', levels)
    .where('unit_boundary.unit_id', 'is', null)
    .orderBy('unit.code')
    .execute();
  for (const r of rows) {
    ctx.report(
      issue('unit_without_boundary', { unit: r.code, params: { level: r.level_id, name: r.name_fr ?? r.name_ar ?? '' } }),
    );
  }
  ctx.count('checks.units_without_boundary', rows.length);
}

/**
 * Parents whose children do not add up: for an additive indicator, the parent's own value against
 * the sum over its descendants at a finer level (communes of a province, through cercles or not).
 */
export async function checkChildrenSums(ctx: ImportContext) {
  for (const spec of ctx.batch.checks.childrenSum ?? []) {
    const rows = await ctx.trx
      .selectFrom('indicator_value')
      .innerJoin('unit', 'unit.id', 'indicator_value.unit_id')
      .select(['unit.id', 'unit.level_id', 'indicator_value.value'])
      .where('unit.country_code', '=', ctx.batch.country)
      .where('unit.valid_to', 'is', null)
      .where('indicator_value.indicator_id', '=', spec.indicator)
      .where('indicator_value.year', '=', spec.year)
      .where('unit.level_id', 'in', [spec.childLevel, spec.parentLevel])
      .execute();
    const parentValue = new Map<number, number>();
    const sums = new Map<number, { sum: number; n: number }>();
    for (const r of rows) {
      if (r.value === null) continue;
      if (r.level_id === spec.parentLevel) parentValue.set(r.id, r.value);
      else {
        const p = ctx.resolver.ancestorAt(r.id, spec.parentLevel);
        if (!p) continue;
        const s = sums.get(p.id) ?? { sum: 0, n: 0 };
        s.sum += r.value;
        s.n += 1;
        sums.set(p.id, s);
      }
    }
    let mismatches = 0;
    for (const [id, value] of parentValue) {
      const s = sums.get(id);
      if (!s || s.sum === value) continue;
      mismatches++;
      ctx.report(
        issue('children_sum_mismatch', {
          unit: ctx.resolver.get(id)?.code,
          params: {
            indicator: spec.indicator,
            year: spec.year,
            level: spec.parentLevel,
            childLevel: spec.childLevel,
            value,
            sum: s.sum,
            children: s.n,
            difference: s.sum - value,
          },
        }),
      );
    }
    ctx.count(`checks.children_sum.${spec.parentLevel}`, mismatches);
  }
}

function round(x: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
