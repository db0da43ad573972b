import { sql } from 'kysely';
import { checkPolygonal } from '../../core/geo/check.ts';
import type { BoundaryRecord } from '../../core/territory/types.ts';
import { issue } from '../../core/validation/issues.ts';
import { chunks, type ImportContext } from './context.ts';

interface Staged {
  idx: number;
  unitId: number;
  record: BoundaryRecord;
}

/**
 * Boundaries go through a staging table so that PostGIS can judge them before they replace
 * anything: structure is checked in TypeScript, validity by GEOS (ST_IsValid); invalid ones are
 * repaired with ST_MakeValid (keeping the polygons) and listed as repairs.
 */
export async function writeBoundaries(ctx: ImportContext): Promise<number[]> {
  const { batch, trx } = ctx;
  if (batch.boundaries.length === 0) return [];
  const staged: Staged[] = [];
  const seen = new Map<number, BoundaryRecord>();
  batch.boundaries.forEach((b, idx) => {
    const label = b.unit.code ?? b.unit.name ?? undefined;
    const checked = checkPolygonal(b.geometry, { ...b.source, unit: label });
    if (checked.issues.length > 0) {
      ctx.report(...checked.issues);
      return;
    }
    const r = ctx.resolver.resolve(b.unit, b.source);
    ctx.report(...r.issues);
    if (r.id === null) return;
    const first = seen.get(r.id);
    if (first) {
      ctx.report(
        issue('code_duplicate', {
          file: b.source.file,
          row: b.source.row ?? undefined,
          unit: label,
          params: { code: label ?? '', firstRow: first.source.row ?? null },
        }),
      );
      return;
    }
    seen.set(r.id, b);
    staged.push({ idx, unitId: r.id, record: b });
  });
  if (ctx.hasErrors()) return [];

  await sql`create temp table stage_boundary (
      idx integer primary key, unit_id bigint not null, src_file_id bigint, src_row integer,
      geom geometry not null, repaired boolean not null default false) on commit drop`.execute(trx);
  let done = 0;
  for (const slice of chunks(staged, 100)) {
    await sql`
      insert into stage_boundary (idx, unit_id, src_file_id, src_row, geom)
      select s.idx, s.unit_id, s.src_file_id, s.src_row,
             case when s.dissolve then ST_UnaryUnion(ST_SetSRID(ST_GeomFromGeoJSON(s.g), 4326))
                  else ST_SetSRID(ST_GeomFromGeoJSON(s.g), 4326) end
      from unnest(${slice.map((s) => s.idx)}::int[], ${slice.map((s) => s.unitId)}::bigint[],
                  ${slice.map((s) => ctx.fileId(s.record.source))}::bigint[],
                  ${slice.map((s) => s.record.source.row ?? null)}::int[],
                  ${slice.map((s) => JSON.stringify(s.record.geometry))}::text[],
                  ${slice.map((s) => !!s.record.dissolve)}::boolean[])
        as s(idx, unit_id, src_file_id, src_row, g, dissolve)`.execute(trx);
    done += slice.length;
    ctx.progress('boundaries', done, staged.length);
  }

  const invalid = await sql<{ idx: number; reason: string }>`
    select idx, ST_IsValidReason(geom) as reason from stage_boundary where not ST_IsValid(geom) order by idx`.execute(trx);
  const byIdx = new Map(staged.map((s) => [s.idx, s]));
  for (const row of invalid.rows) {
    const s = byIdx.get(row.idx);
    const unit = s ? ctx.resolver.get(s.unitId)?.code : undefined;
    ctx.report(
      issue('geometry_invalid_repaired', {
        file: s?.record.source.file,
        row: s?.record.source.row ?? undefined,
        unit,
        params: { reason: row.reason },
      }),
    );
  }
  if (invalid.rows.length > 0) {
    await sql`update stage_boundary set geom = ST_CollectionExtract(ST_MakeValid(geom), 3), repaired = true
              where not ST_IsValid(geom)`.execute(trx);
    const empty = await sql<{ idx: number }>`select idx from stage_boundary where ST_IsEmpty(geom) order by idx`.execute(trx);
    for (const row of empty.rows) {
      const s = byIdx.get(row.idx);
      ctx.report(
        issue('geometry_empty_after_repair', {
          file: s?.record.source.file,
          row: s?.record.source.row ?? undefined,
          unit: s ? ctx.resolver.get(s.unitId)?.code : undefined,
        }),
      );
    }
    if (empty.rows.length > 0) return [];
  }

  await sql`
    insert into unit_boundary (unit_id, geom, area_km2, repaired, op_id, src_file_id, src_row)
    select unit_id, ST_Multi(geom), ST_Area(geom::geography) / 1e6, repaired, ${ctx.opId}, src_file_id, src_row
    from stage_boundary
    on conflict (unit_id) do update set geom = excluded.geom, area_km2 = excluded.area_km2,
      repaired = excluded.repaired, op_id = excluded.op_id, src_file_id = excluded.src_file_id,
      src_row = excluded.src_row`.execute(trx);
  ctx.count('boundaries', staged.length);
  ctx.count('boundaries.repaired', invalid.rows.length);
  return staged.map((s) => s.unitId);
}
