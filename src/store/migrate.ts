import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './db.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Arbitrary key for the advisory lock that keeps two app instances from migrating at once. */
const MIGRATION_LOCK = 7_240_211;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(dir + f, 'utf8');
      return {
        version: Number(f.slice(0, 4)),
        name: f.replace(/\.sql$/, ''),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

export interface MigrationResult {
  applied: string[];
  current: number;
}

/**
 * Applies the SQL migrations not yet applied, each in its own transaction, in order. Idempotent,
 * and safe when several app instances start against one server (advisory lock).
 */
export async function migrate(db: Db): Promise<MigrationResult> {
  const k = db.kysely;
  await ensurePostgis(db);
  await sql`create table if not exists taawun_migration (
    version integer primary key, name text not null, checksum text not null,
    applied_at timestamptz not null default now())`.execute(k);
  const applied: string[] = [];
  for (const m of listMigrations()) {
    await k.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const done = await trx
        .selectFrom('taawun_migration')
        .select(['checksum'])
        .where('version', '=', m.version)
        .executeTakeFirst();
      if (done) {
        if (done.checksum !== m.checksum) {
          throw new Error(`migration ${m.name} was changed after it was applied; add a new migration instead`);
        }
        return;
      }
      await sql.raw(m.sql).execute(trx);
      await trx.insertInto('taawun_migration').values({ version: m.version, name: m.name, checksum: m.checksum }).execute();
      applied.push(m.name);
    });
  }
  const last = await k.selectFrom('taawun_migration').select(sql<number>`max(version)`.as('v')).executeTakeFirst();
  return { applied, current: last?.v ?? 0 };
}

async function ensurePostgis(db: Db) {
  const k = db.kysely;
  const has = await sql<{ n: number }>`select count(*)::int as n from pg_extension where extname = 'postgis'`.execute(k);
  if ((has.rows[0]?.n ?? 0) > 0) return;
  try {
    await sql`create extension if not exists postgis`.execute(k);
  } catch (e) {
    throw new Error(
      `PostGIS is not installed in ${db.location}: install it on the server (Debian: postgresql-15-postgis-3) ` +
        `and run "create extension postgis" as a superuser (${(e as Error).message})`,
    );
  }
}
