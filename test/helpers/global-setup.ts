import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/store/db.ts';
import { listMigrations, migrate } from '../../src/store/migrate.ts';

/**
 * Creating an embedded database with PostGIS takes 10–15 s; copying a migrated one takes a
 * fraction of that. The template is built once per set of migrations and reused by every test
 * file (and by later runs). On PostgreSQL, a template database plays the same role.
 */
export default async function setup(project: TestProject) {
  const key = createHash('sha256')
    .update(
      listMigrations()
        .map((m) => m.checksum)
        .join(','),
    )
    .digest('hex')
    .slice(0, 12);
  const cache = path.resolve('node_modules/.cache/taawun-test');
  const template = path.join(cache, `pglite-${key}`);
  if (!existsSync(template)) {
    mkdirSync(cache, { recursive: true });
    const tmp = `${template}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const db = await openDatabase(tmp);
    await migrate(db);
    await db.close();
    renameSync(tmp, template);
  }
  project.provide('pgliteTemplate', template);

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `taawun_tpl_${key}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // Templates of older migrations are of no use any more.
    const stale = await admin.query("select datname from pg_database where datname like 'taawun_tpl_%' and datname <> $1", [
      name,
    ]);
    for (const r of stale.rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      await admin.query(`create database ${name}`);
      const db = await openDatabase(withDatabase(url, name));
      await migrate(db);
      await db.close();
    }
    await admin.end();
    project.provide('postgresTemplate', name);
  } else {
    project.provide('postgresTemplate', '');
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
