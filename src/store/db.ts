import { mkdirSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type Backend = 'pglite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  backend: Backend;
  /** Folder or URL as given, with any password hidden. */
  location: string;
  close(): Promise<void>;
}

export const DEFAULT_DB_DIR = './data/db';

export function isServerUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Where to store data: `--db`, then `DATABASE_URL`, then `./data/db`. */
export function resolveDbTarget(explicit?: string | null): string {
  return explicit || process.env.DATABASE_URL || DEFAULT_DB_DIR;
}

export function redactUrl(target: string): string {
  return target.replace(/(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}

/**
 * Opens the embedded PGlite (a folder, or `memory://` for a throw-away database) or a PostgreSQL
 * server (a `postgres://` URL). Both get the same schema from the same SQL migrations.
 */
export async function openDatabase(target: string): Promise<Db> {
  if (isServerUrl(target)) return openPostgres(target);
  return openPGlite(target);
}

async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.TAAWUN_DB_POOL ?? 10),
    types: { getTypeParser },
  });
  // Fail now, with the server named, rather than at the first query.
  const client = await pool.connect().catch(async (e: Error) => {
    await pool.end();
    throw new Error(`cannot connect to PostgreSQL at ${redactUrl(url)}: ${e.message}`);
  });
  client.release();
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, backend: 'postgres', location: redactUrl(url), close: () => kysely.destroy() };
}

/** Same parsing as PGlite's: int8 and numeric as numbers, dates as ISO strings. */
function getTypeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === 20 || oid === 1700) return (v: string) => Number(v);
  if (oid === 1082) return (v: string) => v;
  return pg.types.getTypeParser(oid, format);
}

async function openPGlite(target: string): Promise<Db> {
  // PGlite and PostGIS are 27 MB of WebAssembly. V8 compiles it twice by default (a quick tier,
  // then an optimised one); optimising at once keeps ~70 MB less resident, for the same speed.
  v8.setFlagsFromString('--no-liftoff');
  const { PGlite } = await import('@electric-sql/pglite');
  const { postgis } = await import('@electric-sql/pglite-postgis');
  const memory = target === 'memory://' || target === ':memory:';
  let dataDir: string | undefined;
  if (!memory) {
    dataDir = path.resolve(target);
    mkdirSync(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create({
    dataDir,
    extensions: { postgis },
    // A desktop-sized default: PGlite's own (128 MB of shared buffers) costs more memory than the
    // whole Moroccan import needs. Override with TAAWUN_PGLITE_SHARED_BUFFERS.
    postgresqlconf: `shared_buffers=${process.env.TAAWUN_PGLITE_SHARED_BUFFERS ?? '32MB'}`,
  });
  const kysely = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  let closed = false;
  return {
    kysely,
    backend: 'pglite',
    location: memory ? 'memory://' : (dataDir ?? target),
    async close() {
      if (closed) return;
      closed = true;
      await kysely.destroy();
      await pglite.close();
    },
  };
}
