import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { descendantIds } from './territory.ts';

export interface BodySummary {
  code: string;
  name: string;
  type: string;
  subtype: string | null;
  status: string | null;
  competences: string[];
  createdOn: string | null;
  dissolvedOn: string | null;
  /** Members today (no leaving date, or one in the future). */
  members: number;
}

export interface BodyDetail extends BodySummary {
  legalBasis: string | null;
  notes: string | null;
  sourceUrl: string | null;
  memberships: {
    code: string;
    level: string;
    names: { fr: string | null; ar: string | null };
    joinedOn: string | null;
    leftOn: string | null;
    role: string | null;
  }[];
  events: { occurredOn: string | null; kind: string; description: string | null; sourceUrl: string | null }[];
}

/** Bodies of a country, optionally those with at least one member inside a unit (a region). */
export async function listBodies(
  k: Kysely<Database>,
  q: { country: string; within?: string | null; withinLevel?: string | null; type?: string | null },
): Promise<BodySummary[]> {
  let query = k
    .selectFrom('coop_body as b')
    .leftJoin('coop_membership as m', (j) =>
      j.onRef('m.body_id', '=', 'b.id').on(sql<boolean>`(m.left_on is null or m.left_on > current_date)`),
    )
    .select([
      'b.code',
      'b.name',
      'b.type',
      'b.subtype',
      'b.status',
      'b.competences',
      'b.created_on',
      'b.dissolved_on',
      sql<number>`count(m.id)::int`.as('members'),
    ])
    .where('b.country_code', '=', q.country)
    .groupBy('b.id')
    .orderBy('b.name');
  if (q.type) query = query.where('b.type', '=', q.type);
  if (q.within) {
    const within = q.within;
    query = query.where('b.id', 'in', (eb) =>
      eb
        .selectFrom('coop_membership as mm')
        .select('mm.body_id')
        .where(sql<boolean>`mm.unit_id in (${descendantIds(q.country, within, q.withinLevel)})`),
    );
  }
  const rows = await query.execute();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    type: r.type,
    subtype: r.subtype,
    status: r.status,
    competences: r.competences,
    createdOn: r.created_on,
    dissolvedOn: r.dissolved_on,
    members: r.members,
  }));
}

export async function getBody(k: Kysely<Database>, country: string, code: string): Promise<BodyDetail | null> {
  const b = await k
    .selectFrom('coop_body')
    .selectAll()
    .where('country_code', '=', country)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!b) return null;
  const members = await k
    .selectFrom('coop_membership as m')
    .innerJoin('unit as u', 'u.id', 'm.unit_id')
    .select(['u.code', 'u.level_id', 'u.name_fr', 'u.name_ar', 'm.joined_on', 'm.left_on', 'm.role'])
    .where('m.body_id', '=', b.id)
    .orderBy('u.code')
    .execute();
  const events = await k
    .selectFrom('coop_event')
    .select(['occurred_on', 'kind', 'description', 'source_url'])
    .where('body_id', '=', b.id)
    .orderBy('occurred_on')
    .execute();
  const today = new Date().toISOString().slice(0, 10);
  return {
    code: b.code,
    name: b.name,
    type: b.type,
    subtype: b.subtype,
    status: b.status,
    competences: b.competences,
    createdOn: b.created_on,
    dissolvedOn: b.dissolved_on,
    legalBasis: b.legal_basis,
    notes: b.notes,
    sourceUrl: b.source_url,
    members: members.filter((m) => !m.left_on || m.left_on > today).length,
    memberships: members.map((m) => ({
      code: m.code,
      level: m.level_id,
      names: { fr: m.name_fr, ar: m.name_ar },
      joinedOn: m.joined_on,
      leftOn: m.left_on,
      role: m.role,
    })),
    events: events.map((e) => ({ occurredOn: e.occurred_on, kind: e.kind, description: e.description, sourceUrl: e.source_url })),
  };
}
