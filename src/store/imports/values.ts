import { sql } from 'kysely';
import type { IndicatorDef, ValueRecord } from '../../core/territory/indicators.ts';
import { issue } from '../../core/validation/issues.ts';
import { chunks, type ImportContext } from './context.ts';

export async function writeIndicators(ctx: ImportContext) {
  for (const d of ctx.batch.indicators) {
    const insert = ctx.trx.insertInto('indicator').values({
      country_code: ctx.batch.country,
      id: d.id,
      label_fr: d.labels.fr ?? d.id,
      label_ar: d.labels.ar ?? null,
      label_en: d.labels.en ?? null,
      unit: d.unit ?? null,
      source: d.source ?? null,
      aggregation: d.aggregation,
      weight_id: d.weight ?? null,
      min_value: d.min ?? null,
      max_value: d.max ?? null,
      op_id: ctx.opId,
    });
    if (d.provisional) {
      await insert.onConflict((oc) => oc.columns(['country_code', 'id']).doNothing()).execute();
      continue;
    }
    await insert
      .onConflict((oc) =>
        oc.columns(['country_code', 'id']).doUpdateSet((eb) => ({
          label_fr: eb.ref('excluded.label_fr'),
          label_ar: sql`coalesce(excluded.label_ar, indicator.label_ar)`,
          label_en: sql`coalesce(excluded.label_en, indicator.label_en)`,
          unit: sql`coalesce(excluded.unit, indicator.unit)`,
          source: sql`coalesce(excluded.source, indicator.source)`,
          aggregation: eb.ref('excluded.aggregation'),
          weight_id: eb.ref('excluded.weight_id'),
          min_value: eb.ref('excluded.min_value'),
          max_value: eb.ref('excluded.max_value'),
          op_id: eb.ref('excluded.op_id'),
        })),
      )
      .execute();
  }
  ctx.count('indicators', ctx.batch.indicators.length);
}

interface ResolvedValue {
  record: ValueRecord;
  unitId: number;
}

/** Checks and writes indicator values: codes must join, values must be possible, once per year. */
export async function writeValues(ctx: ImportContext) {
  const { batch } = ctx;
  if (batch.values.length === 0) return;
  const defs = new Map<string, Pick<IndicatorDef, 'min' | 'max'>>();
  for (const r of await ctx.trx
    .selectFrom('indicator')
    .select(['id', 'min_value', 'max_value'])
    .where('country_code', '=', batch.country)
    .execute()) {
    defs.set(r.id, { min: r.min_value, max: r.max_value });
  }
  const resolved: ResolvedValue[] = [];
  const seen = new Map<string, ValueRecord>();
  for (const v of batch.values) {
    const at = { file: v.source.file, row: v.source.row ?? undefined, field: v.source.field ?? undefined };
    const def = defs.get(v.indicator);
    if (!def) {
      ctx.report(issue('indicator_unknown', { ...at, params: { indicator: v.indicator } }));
      continue;
    }
    if (v.value !== null && (v.value < (def.min ?? -Infinity) || v.value > (def.max ?? Infinity))) {
      ctx.report(
        issue('value_impossible', {
          ...at,
          unit: v.unit.code ?? undefined,
          params: { value: v.value, indicator: v.indicator, min: def.min ?? null, max: def.max ?? null },
        }),
      );
      continue;
    }
    const r = ctx.resolver.resolve(v.unit, v.source);
    ctx.report(...r.issues);
    if (r.id === null) continue;
    const key = `${v.indicator}\u0000${r.id}\u0000${v.year}`;
    const first = seen.get(key);
    if (first) {
      ctx.report(
        issue('code_duplicate', {
          ...at,
          unit: v.unit.code ?? undefined,
          params: {
            code: v.unit.code ?? v.unit.name ?? '',
            indicator: v.indicator,
            year: v.year,
            firstRow: first.source.row ?? null,
          },
        }),
      );
      continue;
    }
    seen.set(key, v);
    resolved.push({ record: v, unitId: r.id });
  }
  if (ctx.hasErrors()) return;
  let done = 0;
  for (const slice of chunks(resolved, 5000)) {
    await sql`
      insert into indicator_value (country_code, indicator_id, unit_id, year, value, note, op_id, src_file_id, src_row)
      select ${ctx.batch.country}, v.indicator_id, v.unit_id, v.year, v.value, v.note, ${ctx.opId}, v.src_file_id, v.src_row
      from unnest(${slice.map((s) => s.record.indicator)}::text[], ${slice.map((s) => s.unitId)}::bigint[],
                  ${slice.map((s) => s.record.year)}::int[], ${slice.map((s) => s.record.value)}::float8[],
                  ${slice.map((s) => s.record.note ?? null)}::text[],
                  ${slice.map((s) => ctx.fileId(s.record.source))}::bigint[],
                  ${slice.map((s) => s.record.source.row ?? null)}::int[])
        as v(indicator_id, unit_id, year, value, note, src_file_id, src_row)
      on conflict (indicator_id, unit_id, year) do update set value = excluded.value, note = excluded.note,
        op_id = excluded.op_id, src_file_id = excluded.src_file_id, src_row = excluded.src_row`.execute(ctx.trx);
    done += slice.length;
    ctx.progress('values', done, resolved.length);
  }
  ctx.count('values', resolved.length);
}
