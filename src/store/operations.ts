import type { Kysely, Transaction } from 'kysely';
import type { Db } from './db.ts';
import type { Database } from './schema.ts';

/**
 * Who does a write. Accounts and roles come later; every write already goes through `write()`,
 * which records the author and makes the operation id available to every record written.
 */
export interface Actor {
  id: string;
  kind: 'user' | 'cli' | 'system' | 'http';
}

export const SYSTEM: Actor = { id: 'system', kind: 'system' };

export function cliActor(): Actor {
  return { id: process.env.TAAWUN_USER || process.env.USER || 'cli', kind: 'cli' };
}

export interface OperationContext {
  trx: Transaction<Database>;
  opId: number;
  actor: Actor;
}

/** Thrown inside `write()` to roll back while still recording a result (a refused import). */
export class Rollback<T> extends Error {
  constructor(readonly result: T) {
    super('rolled back');
  }
}

export interface WriteResult<T> {
  opId: number;
  committed: boolean;
  result: T;
}

/**
 * The one place writes go through. It journals an operation (kind, author, params) outside the
 * data transaction, runs `fn` in a transaction, then records how it ended. When `fn` throws, the
 * data is left exactly as it was and the journal says why; `Rollback` carries a result back.
 */
export async function write<T>(
  db: Db,
  actor: Actor,
  kind: string,
  params: Record<string, unknown>,
  fn: (ctx: OperationContext) => Promise<T>,
  finish?: (result: T) => unknown,
): Promise<WriteResult<T>> {
  const k = db.kysely;
  const op = await k
    .insertInto('operation')
    .values({ kind, author: actor.id, author_kind: actor.kind, params: JSON.stringify(params) })
    .returning('id')
    .executeTakeFirstOrThrow();
  try {
    const result = await k.transaction().execute((trx) => fn({ trx, opId: op.id, actor }));
    await closeOperation(k, op.id, 'succeeded', finish?.(result) ?? null, null);
    return { opId: op.id, committed: true, result };
  } catch (e) {
    if (e instanceof Rollback) {
      await closeOperation(k, op.id, 'rolled_back', finish?.(e.result as T) ?? null, null);
      return { opId: op.id, committed: false, result: e.result as T };
    }
    await closeOperation(k, op.id, 'failed', null, {
      message: (e as Error).message,
      issue: (e as { issue?: unknown }).issue ?? null,
    });
    throw e;
  }
}

async function closeOperation(k: Kysely<Database>, id: number, status: string, report: unknown, error: unknown) {
  await k
    .updateTable('operation')
    .set({
      status,
      finished_at: new Date(),
      report: report === null ? null : JSON.stringify(report),
      error: error === null ? null : JSON.stringify(error),
    })
    .where('id', '=', id)
    .execute();
}
