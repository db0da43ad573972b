import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export interface IndicatorInfo {
  country: string;
  id: string;
  labels: { fr: string; ar: string | null; en: string | null };
  unit: string | null;
  source: string | null;
  aggregation: string;
  weight: string | null;
  years: number[];
}

export async function listIndicators(k: Kysely<Database>, country?: string | null): Promise<IndicatorInfo[]> {
  const rows = await sql<{
    country_code: string;
    id: string;
    label_fr: string;
    label_ar: string | null;
    label_en: string | null;
    unit: string | null;
    source: string | null;
    aggregation: string;
    weight_id: string | null;
    years: number[] | null;
  }>`
    select i.country_code, i.id, i.label_fr, i.label_ar, i.label_en, i.unit, i.source, i.aggregation, i.weight_id,
      (select array_agg(distinct v.year order by v.year) from indicator_value v
        where v.country_code = i.country_code and v.indicator_id = i.id) as years
    from indicator i ${country ? sql`where i.country_code = ${country}` : sql``}
    order by i.country_code, i.id`.execute(k);
  return rows.rows.map((r) => ({
    country: r.country_code,
    id: r.id,
    labels: { fr: r.label_fr, ar: r.label_ar, en: r.label_en },
    unit: r.unit,
    source: r.source,
    aggregation: r.aggregation,
    weight: r.weight_id,
    years: r.years ?? [],
  }));
}

export interface OperationRow {
  id: number;
  kind: string;
  author: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  params: Record<string, unknown>;
  report: unknown;
  error: unknown;
}

export async function listOperations(
  k: Kysely<Database>,
  q: { kindPrefix?: string; limit?: number } = {},
): Promise<OperationRow[]> {
  let query = k
    .selectFrom('operation')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(q.limit ?? 50);
  if (q.kindPrefix) query = query.where('kind', 'like', `${q.kindPrefix}%`);
  return (await query.execute()).map(toRow);
}

export async function getOperation(k: Kysely<Database>, id: number): Promise<OperationRow | null> {
  const r = await k.selectFrom('operation').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toRow(r) : null;
}

function toRow(r: {
  id: number;
  kind: string;
  author: string;
  status: string;
  started_at: Date;
  finished_at: Date | null;
  params: Record<string, unknown>;
  report: unknown;
  error: unknown;
}): OperationRow {
  return {
    id: r.id,
    kind: r.kind,
    author: r.author,
    status: r.status,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    params: r.params,
    report: r.report,
    error: r.error,
  };
}

/** True when no country is loaded yet: the server then loads the demonstration territory. */
export async function isEmpty(k: Kysely<Database>): Promise<boolean> {
  const r = await k.selectFrom('country').select('code').limit(1).execute();
  return r.length === 0;
}

/**
 * A number that grows with every committed write (the last succeeded operation): the key of
 * cached responses, valid across several app instances sharing one PostgreSQL server.
 */
export async function dataVersion(k: Kysely<Database>): Promise<number> {
  const r = await sql<{ v: number }>`select coalesce(max(id), 0)::int as v from operation where status = 'succeeded'`.execute(k);
  return r.rows[0]?.v ?? 0;
}
