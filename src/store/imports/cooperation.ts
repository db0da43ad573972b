import { sql } from 'kysely';
import { issue } from '../../core/validation/issues.ts';
import type { ImportContext } from './context.ts';

/** Writes bodies of the cooperation register, then their members and events. */
export async function writeCooperation(ctx: ImportContext) {
  const { batch, trx } = ctx;
  if (batch.bodies.length === 0 && batch.memberships.length === 0 && batch.events.length === 0) return;
  const bodyIds = new Map<string, number>();
  for (const b of batch.bodies) {
    const row = await trx
      .insertInto('coop_body')
      .values({
        country_code: batch.country,
        code: b.code,
        name: b.name,
        type: b.type,
        subtype: b.subtype ?? null,
        legal_basis: b.legalBasis ?? null,
        competences: b.competences ?? [],
        status: b.status ?? null,
        created_on: b.createdOn ?? null,
        dissolved_on: b.dissolvedOn ?? null,
        notes: b.notes ?? null,
        source_url: b.sourceUrl ?? null,
        op_id: ctx.opId,
        src_file_id: ctx.fileId(b.source),
        src_row: b.source.row ?? null,
      })
      .onConflict((oc) =>
        oc.columns(['country_code', 'code']).doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          type: eb.ref('excluded.type'),
          subtype: eb.ref('excluded.subtype'),
          legal_basis: eb.ref('excluded.legal_basis'),
          competences: eb.ref('excluded.competences'),
          status: eb.ref('excluded.status'),
          created_on: eb.ref('excluded.created_on'),
          dissolved_on: eb.ref('excluded.dissolved_on'),
          notes: eb.ref('excluded.notes'),
          source_url: eb.ref('excluded.source_url'),
          op_id: eb.ref('excluded.op_id'),
          src_file_id: eb.ref('excluded.src_file_id'),
          src_row: eb.ref('excluded.src_row'),
        })),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    bodyIds.set(b.code, row.id);
  }
  ctx.count('bodies', batch.bodies.length);

  const bodyId = async (code: string): Promise<number | undefined> => {
    const known = bodyIds.get(code);
    if (known !== undefined) return known;
    const row = await trx
      .selectFrom('coop_body')
      .select('id')
      .where('country_code', '=', batch.country)
      .where('code', '=', code)
      .executeTakeFirst();
    if (row) bodyIds.set(code, row.id);
    return row?.id;
  };

  const members: { body: number; unit: number; m: (typeof batch.memberships)[number] }[] = [];
  const seenMember = new Map<string, number | null>();
  for (const m of batch.memberships) {
    const at = { file: m.source.file, row: m.source.row ?? undefined };
    const b = await bodyId(m.body);
    if (b === undefined) {
      ctx.report(issue('body_unknown', { ...at, params: { body: m.body } }));
      continue;
    }
    const r = ctx.resolver.resolve(m.unit, m.source, { field: m.source.field ?? 'member' });
    ctx.report(...r.issues);
    if (r.id === null) continue;
    const key = `${b}:${r.id}:${m.joinedOn ?? ''}`;
    if (seenMember.has(key)) {
      ctx.report(
        issue('code_duplicate', {
          ...at,
          unit: m.unit.code ?? undefined,
          params: { code: m.unit.code ?? m.unit.name ?? '', firstRow: seenMember.get(key) ?? null },
        }),
      );
      continue;
    }
    seenMember.set(key, m.source.row ?? null);
    members.push({ body: b, unit: r.id, m });
  }
  for (const e of batch.events) {
    if ((await bodyId(e.body)) === undefined) {
      ctx.report(issue('body_unknown', { file: e.source.file, row: e.source.row ?? undefined, params: { body: e.body } }));
    }
  }
  if (ctx.hasErrors()) return;
  // Upsert by (body, unit, joined_on), null-safe, in one statement per slice: members already
  // recorded are updated, new ones inserted; nobody's history is deleted.
  for (let i = 0; i < members.length; i += 5000) {
    const s = members.slice(i, i + 5000);
    await sql`
      with m(body_id, unit_id, joined_on, left_on, role, src_file_id, src_row) as (
        select * from unnest(${s.map((x) => x.body)}::bigint[], ${s.map((x) => x.unit)}::bigint[],
                             ${s.map((x) => x.m.joinedOn ?? null)}::date[], ${s.map((x) => x.m.leftOn ?? null)}::date[],
                             ${s.map((x) => x.m.role ?? null)}::text[], ${s.map((x) => ctx.fileId(x.m.source))}::bigint[],
                             ${s.map((x) => x.m.source.row ?? null)}::int[])),
      updated as (
        update coop_membership c set left_on = m.left_on, role = m.role, op_id = ${ctx.opId},
               src_file_id = m.src_file_id, src_row = m.src_row
        from m where c.body_id = m.body_id and c.unit_id = m.unit_id and c.joined_on is not distinct from m.joined_on
        returning c.id)
      insert into coop_membership (body_id, unit_id, joined_on, left_on, role, op_id, src_file_id, src_row)
      select m.body_id, m.unit_id, m.joined_on, m.left_on, m.role, ${ctx.opId}, m.src_file_id, m.src_row from m
      where not exists (select 1 from coop_membership c where c.body_id = m.body_id and c.unit_id = m.unit_id
                        and c.joined_on is not distinct from m.joined_on)`.execute(trx);
  }
  ctx.count('memberships', members.length);
  for (const e of batch.events) {
    await trx
      .insertInto('coop_event')
      .values({
        body_id: (await bodyId(e.body)) as number,
        occurred_on: e.occurredOn ?? null,
        kind: e.kind,
        description: e.description ?? null,
        source_url: e.sourceUrl ?? null,
        op_id: ctx.opId,
        src_file_id: ctx.fileId(e.source),
        src_row: e.source.row ?? null,
      })
      .execute();
  }
  ctx.count('events', batch.events.length);
}
