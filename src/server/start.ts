import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { importerByName } from '../io/importers/registry.ts';
import { runImport } from '../services/import.ts';
import { type Db, openDatabase } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import { SYSTEM } from '../store/operations.ts';
import { isEmpty } from '../store/repositories/meta.ts';
import { buildApp } from './app.ts';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface StartOptions {
  db: string;
  port: number;
  host: string;
  /** Load the fictional demonstration territory when the database is empty. */
  demo: boolean;
  webDir?: string | null;
  logger?: boolean | string;
  log?: (message: string) => void;
}

export interface Running {
  app: FastifyInstance;
  db: Db;
  url: string;
  stop(): Promise<void>;
}

/** Opens (and migrates) the database, loads the demo on an empty one, and serves. */
export async function startServer(o: StartOptions): Promise<Running> {
  const log = o.log ?? (() => {});
  const db = await openDatabase(o.db);
  const m = await migrate(db);
  if (m.applied.length) log(`migrations applied: ${m.applied.join(', ')}`);
  if (o.demo && (await isEmpty(db.kysely))) {
    const demo = importerByName('demo');
    if (demo) {
      const r = await runImport(db, demo, {}, {}, { actor: SYSTEM, acceptRepairs: true });
      log(`demo territory loaded (${r.report.outcome})`);
    }
  }
  const { app, ctx } = await buildApp({
    db,
    logger: o.logger ?? false,
    webDir: o.webDir === undefined ? DEFAULT_WEB_DIR : o.webDir,
  });
  const address = await app.listen({ port: o.port, host: o.host });
  let stopped = false;
  return {
    app,
    db,
    url: address.replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost'),
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.close();
      await ctx.jobs.idle();
      await db.close();
    },
  };
}
