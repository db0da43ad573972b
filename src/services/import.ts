import type { z } from 'zod';
import { emptyBatch, type ProgressFn } from '../core/import/batch.ts';
import { TaawunError } from '../core/errors.ts';
import { countryCode } from '../core/territory/types.ts';
import type { Importer, ImportInput } from '../io/importers/importer.ts';
import type { Db } from '../store/db.ts';
import { type ApplyResult, applyBatch } from '../store/imports/apply.ts';
import type { Actor } from '../store/operations.ts';

export interface RunImportOptions {
  actor: Actor;
  acceptRepairs?: boolean;
  dryRun?: boolean;
  onProgress?: ProgressFn;
}

/**
 * One import, the same from the CLI, the HTTP API and the demo loader: read the input into a
 * batch, then write it in one transaction. A file that cannot even be read still yields a
 * report (and a journal entry) naming the file, row or field, and changes nothing.
 */
export async function runImport(
  db: Db,
  importer: Importer,
  input: ImportInput,
  rawOptions: unknown,
  opts: RunImportOptions,
): Promise<ApplyResult> {
  const options = importer.options.parse(rawOptions ?? {}) as z.infer<typeof importer.options>;
  const onProgress = opts.onProgress ?? (() => {});
  let batch: Awaited<ReturnType<Importer['read']>>;
  try {
    batch = await importer.read(input, options, { onProgress });
  } catch (e) {
    if (!(e instanceof TaawunError)) throw e;
    const country =
      typeof (options as { country?: unknown }).country === 'string' ? (options as { country: string }).country : '';
    batch = emptyBatch(importer.name, countryCode(country));
    batch.issues.push(e.issue);
  }
  return applyBatch(db, batch, { actor: opts.actor, acceptRepairs: opts.acceptRepairs, dryRun: opts.dryRun, onProgress });
}
