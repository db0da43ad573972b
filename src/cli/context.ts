import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import { TaawunError } from '../core/errors.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language, translator } from '../i18n/index.ts';
import { issueText } from '../report/issue-text.ts';
import { type Db, openDatabase, resolveDbTarget } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';

export interface GlobalOptions {
  db?: string;
  lang?: string;
}

/** Exit codes: scripts can tell a refused import from a crash. */
export const EXIT = { ok: 0, failure: 1, usage: 2, refused: 3, repairsNotAccepted: 4 } as const;

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

export function language(g: GlobalOptions): Language {
  if (isLanguage(g.lang)) return g.lang;
  const env = process.env.TAAWUN_LANG;
  return isLanguage(env) ? env : DEFAULT_LANGUAGE;
}

export function tr(g: GlobalOptions): TFunction {
  return translator(language(g));
}

/** Opens the database named by --db / DATABASE_URL / ./data/db, migrated, for the time of `fn`. */
export async function withDb<T>(g: GlobalOptions, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDatabase(resolveDbTarget(g.db));
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Prints an error the user can act on, in their language, and sets the exit code. */
export function fail(e: unknown, t: TFunction): never {
  if (e instanceof TaawunError) {
    process.stderr.write(`${t('cli:errors.prefix')}${issueText(e.issue, t)}\n`);
    process.exit(EXIT.refused);
  }
  const err = e as Error & { query?: string };
  process.stderr.write(`${t('cli:errors.prefix')}${err.message}\n`);
  if (process.env.TAAWUN_DEBUG) process.stderr.write(`${err.stack ?? ''}\n`);
  process.exit(EXIT.failure);
}
