import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { type Db, openDatabase } from '../../src/store/db.ts';
import { DATA_TABLES } from '../../src/store/schema.ts';
import { withDatabase } from './global-setup.ts';

export type BackendName = 'pglite' | 'postgres';

/** The storage backends the suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function backends(): BackendName[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDb extends Db {
  /** Removes the database (folder or server database). */
  dispose(): Promise<void>;
  /** Where it lives, to hand to a CLI command with --db. */
  target: string;
}

/** A fresh, migrated database on the given backend, copied from the template. */
export async function freshDb(backend: BackendName = 'pglite'): Promise<TestDb> {
  if (backend === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'taawun-test-'));
    cpSync(inject('pgliteTemplate'), dir, { recursive: true });
    const db = await openDatabase(dir);
    return {
      ...db,
      target: dir,
      async dispose() {
        await db.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL as string;
  const name = `taawun_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
  await admin.end();
  const target = withDatabase(url, name);
  const db = await openDatabase(target);
  return {
    ...db,
    target,
    async dispose() {
      await db.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/**
 * A fingerprint of every data table (not the operation journal), to show that a refused import
 * left the database exactly as it was.
 */
export async function fingerprint(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of DATA_TABLES) {
    const r = await sql<{ n: number; h: string | null }>`
      select count(*)::int as n, md5(string_agg(md5(x::text), '' order by md5(x::text))) as h
      from ${sql.table(t)} x`.execute(db.kysely);
    out[t] = `${r.rows[0]?.n}:${r.rows[0]?.h ?? ''}`;
  }
  return out;
}
