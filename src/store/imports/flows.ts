import { sql } from 'kysely';
import { issue } from '../../core/validation/issues.ts';
import { chunks, type ImportContext } from './context.ts';

/**
 * Writes origin–destination datasets. A dataset is replaced whole when imported again under the
 * same key, so a corrected file never leaves stale pairs behind.
 */
export async function writeFlows(ctx: ImportContext) {
  for (const { def, flows } of ctx.batch.flowDatasets) {
    const origins: number[] = [];
    const destinations: number[] = [];
    const values: number[] = [];
    const rows: (number | null)[] = [];
    const seen = new Map<string, number | null>();
    for (const f of flows) {
      const at = { file: f.source.file, row: f.source.row ?? undefined };
      if (!Number.isFinite(f.value) || f.value < 0) {
        ctx.report(
          issue('value_impossible', {
            ...at,
            field: 'value',
            params: { value: String(f.value), indicator: 'flow', min: 0, max: null },
          }),
        );
        continue;
      }
      const o = ctx.resolver.resolve(f.origin, f.source, { field: 'origin' });
      const d = ctx.resolver.resolve(f.destination, f.source, { field: 'destination' });
      ctx.report(...o.issues, ...d.issues);
      if (o.id === null || d.id === null) continue;
      const key = `${o.id}:${d.id}`;
      if (seen.has(key)) {
        ctx.report(
          issue('code_duplicate', {
            ...at,
            params: { code: `${f.origin.code} → ${f.destination.code}`, firstRow: seen.get(key) ?? null },
          }),
        );
        continue;
      }
      seen.set(key, f.source.row ?? null);
      origins.push(o.id);
      destinations.push(d.id);
      values.push(f.value);
      rows.push(f.source.row ?? null);
    }
    if (ctx.hasErrors()) return;
    await ctx.trx.deleteFrom('flow_dataset').where('country_code', '=', ctx.batch.country).where('key', '=', def.key).execute();
    const ds = await ctx.trx
      .insertInto('flow_dataset')
      .values({
        country_code: ctx.batch.country,
        key: def.key,
        name: def.name,
        kind: def.kind,
        year: def.year,
        value_unit: def.valueUnit ?? null,
        op_id: ctx.opId,
        src_file_id: flows[0] ? ctx.fileId(flows[0].source) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < origins.length; i += 10000) {
      await sql`
        insert into flow (dataset_id, origin_id, destination_id, value, src_row)
        select ${ds.id}, * from unnest(${origins.slice(i, i + 10000)}::bigint[], ${destinations.slice(i, i + 10000)}::bigint[],
                                       ${values.slice(i, i + 10000)}::float8[], ${rows.slice(i, i + 10000)}::int[])`.execute(
        ctx.trx,
      );
      ctx.progress('flows', Math.min(i + 10000, origins.length), origins.length);
    }
    ctx.count('flows', origins.length);
    ctx.count('flow_datasets');
  }
}

/** Facilities are points; the unit they sit in is taken from the file or found by location. */
export async function writeFacilities(ctx: ImportContext) {
  const list = ctx.batch.facilities;
  if (list.length === 0) return;
  const unitIds: (number | null)[] = [];
  for (const f of list) {
    const at = { file: f.source.file, row: f.source.row ?? undefined };
    if (!Number.isFinite(f.lon) || !Number.isFinite(f.lat) || Math.abs(f.lon) > 180 || Math.abs(f.lat) > 90) {
      ctx.report(issue('coordinates_out_of_range', { ...at, params: { lon: f.lon, lat: f.lat } }));
      unitIds.push(null);
      continue;
    }
    if (f.unit?.code || f.unit?.name) {
      const r = ctx.resolver.resolve(f.unit, f.source, { field: 'unit' });
      ctx.report(...r.issues);
      unitIds.push(r.id);
    } else unitIds.push(null);
  }
  if (ctx.hasErrors()) return;
  for (const [i, slice] of [...chunks(list, 5000)].entries()) {
    const ids = unitIds.slice(i * 5000, i * 5000 + slice.length);
    await sql`
      insert into facility (country_code, category, name, geom, unit_id, attributes, op_id, src_file_id, src_row)
      select ${ctx.batch.country}, f.category, f.name, ST_SetSRID(ST_MakePoint(f.lon, f.lat), 4326), f.unit_id,
             f.attributes::jsonb, ${ctx.opId}, f.src_file_id, f.src_row
      from unnest(${slice.map((f) => f.category)}::text[], ${slice.map((f) => f.name ?? null)}::text[],
                  ${slice.map((f) => f.lon)}::float8[], ${slice.map((f) => f.lat)}::float8[], ${ids}::bigint[],
                  ${slice.map((f) => JSON.stringify(f.attributes ?? {}))}::text[],
                  ${slice.map((f) => ctx.fileId(f.source))}::bigint[], ${slice.map((f) => f.source.row ?? null)}::int[])
        as f(category, name, lon, lat, unit_id, attributes, src_file_id, src_row)`.execute(ctx.trx);
  }
  // Place the others in the finest unit whose boundary contains them.
  await sql`
    update facility f set unit_id = (
      select b.unit_id from unit_boundary b join unit u on u.id = b.unit_id
      join territorial_level l on l.country_code = u.country_code and l.id = u.level_id
      where u.country_code = f.country_code and u.valid_to is null and ST_Intersects(b.geom, f.geom)
      order by l.rank desc limit 1)
    where f.op_id = ${ctx.opId} and f.unit_id is null`.execute(ctx.trx);
  ctx.count('facilities', list.length);
}
