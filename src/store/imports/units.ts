import { sql } from 'kysely';
import type { CountryDef, UnitRecord } from '../../core/territory/types.ts';
import { issue } from '../../core/validation/issues.ts';
import { listLevels } from '../repositories/units.ts';
import { chunks, type ImportContext } from './context.ts';

/** Creates or updates the country and its levels when the batch defines them. */
export async function writeCountry(ctx: ImportContext, def: CountryDef) {
  const t = ctx.trx;
  await t
    .insertInto('country')
    .values({
      code: def.code,
      name_fr: def.names.fr ?? def.code,
      name_ar: def.names.ar ?? null,
      name_zgh: def.names.zgh ?? null,
      name_en: def.names.en ?? null,
      fictional: def.fictional ?? false,
      op_id: ctx.opId,
    })
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name_fr: eb.ref('excluded.name_fr'),
        name_ar: eb.ref('excluded.name_ar'),
        name_zgh: eb.ref('excluded.name_zgh'),
        name_en: eb.ref('excluded.name_en'),
        fictional: eb.ref('excluded.fictional'),
        op_id: eb.ref('excluded.op_id'),
      })),
    )
    .execute();
  for (const l of def.levels) {
    await t
      .insertInto('territorial_level')
      .values({
        country_code: def.code,
        id: l.id,
        rank: l.rank,
        name_fr: l.labels.fr ?? l.id,
        name_ar: l.labels.ar ?? null,
        name_zgh: l.labels.zgh ?? null,
        name_en: l.labels.en ?? null,
        parent_levels: l.parents,
        kinds: l.kinds ?? [],
        expects_boundary: l.expectsBoundary ?? false,
      })
      .onConflict((oc) =>
        oc.columns(['country_code', 'id']).doUpdateSet((eb) => ({
          rank: eb.ref('excluded.rank'),
          name_fr: eb.ref('excluded.name_fr'),
          name_ar: eb.ref('excluded.name_ar'),
          name_zgh: eb.ref('excluded.name_zgh'),
          name_en: eb.ref('excluded.name_en'),
          parent_levels: eb.ref('excluded.parent_levels'),
          kinds: eb.ref('excluded.kinds'),
          expects_boundary: eb.ref('excluded.expects_boundary'),
        })),
      )
      .execute();
  }
}

/**
 * Writes units level by level, coarse to fine, so that each unit's parent exists when it is
 * written. A unit already present (same country, level and code, still valid) is updated, and
 * names missing from the file keep their stored value.
 */
export async function writeUnits(ctx: ImportContext) {
  const { batch } = ctx;
  if (batch.units.length === 0) return;
  const levels = await listLevels(ctx.trx, batch.country);
  if (levels.length === 0) {
    ctx.report(issue('country_unknown', { params: { country: batch.country } }));
    return;
  }
  const levelMap = new Map(levels.map((l) => [l.id, l]));
  checkDuplicates(ctx, batch.units);
  const byLevel = new Map<string, UnitRecord[]>();
  for (const u of batch.units) {
    const level = levelMap.get(u.level);
    if (!level) {
      ctx.report(issue('level_unknown', { file: u.source.file, row: u.source.row ?? undefined, params: { level: u.level } }));
      continue;
    }
    if (u.kind && level.kinds.length > 0 && !level.kinds.includes(u.kind)) {
      ctx.report(
        issue('kind_unknown', {
          file: u.source.file,
          row: u.source.row ?? undefined,
          unit: u.code,
          params: { kind: u.kind, allowed: level.kinds.join(', ') },
        }),
      );
    }
    const list = byLevel.get(u.level) ?? [];
    list.push(u);
    byLevel.set(u.level, list);
  }
  if (ctx.hasErrors()) return;
  let done = 0;
  for (const level of levels) {
    const units = byLevel.get(level.id);
    if (!units) continue;
    await ctx.reloadUnits();
    const parentIds: (number | null)[] = units.map((u) => resolveParent(ctx, u, level.parents));
    if (ctx.hasErrors()) return;
    for (const [slice, offset] of slices(units, 1000)) {
      await upsertUnits(ctx, level.id, slice, parentIds.slice(offset, offset + slice.length));
      done += slice.length;
      ctx.progress('units', done, batch.units.length);
    }
    ctx.count(`units.${level.id}`, units.length);
  }
  await ctx.reloadUnits();
  await writeAliases(ctx);
  await ctx.reloadUnits();
}

function* slices<T>(items: T[], size: number): Generator<[T[], number]> {
  let offset = 0;
  for (const c of chunks(items, size)) {
    yield [c, offset];
    offset += c.length;
  }
}

function checkDuplicates(ctx: ImportContext, units: UnitRecord[]) {
  const seen = new Map<string, UnitRecord>();
  for (const u of units) {
    const key = `${u.level}\u0000${u.code}`;
    const first = seen.get(key);
    if (first) {
      ctx.report(
        issue('code_duplicate', {
          file: u.source.file,
          row: u.source.row ?? undefined,
          unit: u.code,
          params: { code: u.code, firstRow: first.source.row ?? null },
        }),
      );
    } else seen.set(key, u);
  }
}

function resolveParent(ctx: ImportContext, u: UnitRecord, parents: string[]): number | null {
  if (!u.parent || (!u.parent.code && !u.parent.name)) return null;
  const r = ctx.resolver.resolve(u.parent, u.source, { levels: parents, field: u.source.field ?? 'parent' });
  if (r.id === null) {
    ctx.report(
      ...r.issues.map((i) => (i.code === 'code_unmatched' ? { ...i, code: 'parent_unmatched' as const, unit: u.code } : i)),
    );
    return null;
  }
  ctx.report(...r.issues);
  return r.id;
}

async function upsertUnits(ctx: ImportContext, level: string, units: UnitRecord[], parentIds: (number | null)[]) {
  const col = <T>(f: (u: UnitRecord) => T) => units.map(f);
  await sql`
    insert into unit (country_code, level_id, code, kind, name_fr, name_ar, name_zgh, name_en,
                      parent_id, valid_from, valid_to, op_id, src_file_id, src_row)
    select ${ctx.batch.country}, ${level}, u.code, u.kind, u.name_fr, u.name_ar, u.name_zgh, u.name_en,
           u.parent_id, u.valid_from, u.valid_to, ${ctx.opId}, u.src_file_id, u.src_row
    from unnest(${col((u) => u.code)}::text[], ${col((u) => u.kind ?? null)}::text[],
                ${col((u) => u.names.fr ?? null)}::text[], ${col((u) => u.names.ar ?? null)}::text[],
                ${col((u) => u.names.zgh ?? null)}::text[], ${col((u) => u.names.en ?? null)}::text[],
                ${parentIds}::bigint[], ${col((u) => u.validFrom ?? null)}::date[],
                ${col((u) => u.validTo ?? null)}::date[], ${col((u) => ctx.fileId(u.source))}::bigint[],
                ${col((u) => u.source.row ?? null)}::int[])
      as u(code, kind, name_fr, name_ar, name_zgh, name_en, parent_id, valid_from, valid_to, src_file_id, src_row)
    on conflict (country_code, level_id, code) where valid_to is null do update set
      kind = coalesce(excluded.kind, unit.kind),
      name_fr = coalesce(excluded.name_fr, unit.name_fr),
      name_ar = coalesce(excluded.name_ar, unit.name_ar),
      name_zgh = coalesce(excluded.name_zgh, unit.name_zgh),
      name_en = coalesce(excluded.name_en, unit.name_en),
      parent_id = coalesce(excluded.parent_id, unit.parent_id),
      valid_from = coalesce(excluded.valid_from, unit.valid_from),
      op_id = excluded.op_id, src_file_id = excluded.src_file_id, src_row = excluded.src_row`.execute(ctx.trx);
}

async function writeAliases(ctx: ImportContext) {
  const unitIds: number[] = [];
  const schemes: string[] = [];
  const codes: string[] = [];
  for (const u of ctx.batch.units) {
    if (!u.aliases?.length) continue;
    const id = ctx.resolver.findByCode(u.code, [u.level])[0]?.id;
    if (id === undefined) continue;
    for (const a of u.aliases) {
      unitIds.push(id);
      schemes.push(a.scheme);
      codes.push(a.code);
    }
  }
  for (let i = 0; i < unitIds.length; i += 5000) {
    await sql`
      insert into unit_alias (unit_id, scheme, code)
      select * from unnest(${unitIds.slice(i, i + 5000)}::bigint[], ${schemes.slice(i, i + 5000)}::text[],
                           ${codes.slice(i, i + 5000)}::text[])
      on conflict do nothing`.execute(ctx.trx);
  }
  ctx.count('aliases', unitIds.length);
}
