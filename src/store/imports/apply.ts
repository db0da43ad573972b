import type { ImportBatch, ProgressFn } from '../../core/import/batch.ts';
import { decideOutcome, summarize, type ValidationReport } from '../../core/validation/report.ts';
import type { Db } from '../db.ts';
import { type Actor, Rollback, write } from '../operations.ts';
import { checkChildrenSums, checkGaps, checkMissingBoundaries, checkOverlaps } from './checks.ts';
import { ImportContext } from './context.ts';
import { writeCooperation } from './cooperation.ts';
import { writeBoundaries } from './boundaries.ts';
import { writeFacilities, writeFlows } from './flows.ts';
import { writeCountry, writeUnits } from './units.ts';
import { writeIndicators, writeValues } from './values.ts';

export interface ApplyOptions {
  actor: Actor;
  /** Write even though some records needed repair (geometry made valid, codes matched by name). */
  acceptRepairs?: boolean;
  /** Validate and report, then roll back whatever happened. */
  dryRun?: boolean;
  onProgress?: ProgressFn;
}

function isEmpty(b: ImportBatch): boolean {
  return (
    !b.countryDef &&
    b.units.length +
      b.boundaries.length +
      b.values.length +
      b.flowDatasets.length +
      b.facilities.length +
      b.bodies.length +
      b.memberships.length ===
      0
  );
}

export interface ApplyResult {
  opId: number;
  report: ValidationReport;
}

/**
 * Writes a batch in one transaction and returns its validation report. Every phase runs inside
 * the transaction, so the checks see the data as it would be; the transaction is committed only
 * when the report has no error and the user accepted any repairs — otherwise the database is
 * left exactly as it was, and the operation journal keeps the report.
 */
export async function applyBatch(db: Db, batch: ImportBatch, opts: ApplyOptions): Promise<ApplyResult> {
  const started = Date.now();
  const onProgress = opts.onProgress ?? (() => {});
  const params = {
    kind: batch.kind,
    country: batch.country,
    files: batch.files.map((f) => f.name),
    acceptRepairs: !!opts.acceptRepairs,
    dryRun: !!opts.dryRun,
  };
  const makeReport = (ctx: ImportContext | null, outcome: ValidationReport['outcome']): ValidationReport => {
    const issues = [...batch.issues, ...(ctx?.issues ?? [])];
    return {
      kind: batch.kind,
      country: batch.country,
      files: batch.files,
      counts: ctx?.counts ?? {},
      issues,
      summary: summarize(issues),
      committed: outcome === 'committed',
      dryRun: !!opts.dryRun,
      outcome,
      durationMs: Date.now() - started,
    };
  };
  const decide = (ctx: ImportContext | null) =>
    decideOutcome([...batch.issues, ...(ctx?.issues ?? [])], { acceptRepairs: !!opts.acceptRepairs, dryRun: !!opts.dryRun });

  // A file that could not be read at all leaves nothing to check: do not open a transaction.
  // Errors in some rows do not stop here: the other rows are still checked, so that the user
  // gets every problem in one report rather than one per attempt.
  if (isEmpty(batch) && batch.issues.some((i) => i.severity === 'error')) {
    const res = await write(
      db,
      opts.actor,
      `import.${batch.kind}`,
      params,
      async () => {
        throw new Rollback(makeReport(null, 'errors'));
      },
      (r) => r,
    );
    return { opId: res.opId, report: res.result };
  }

  const res = await write(
    db,
    opts.actor,
    `import.${batch.kind}`,
    params,
    async ({ trx, opId }) => {
      const ctx = new ImportContext(trx, opId, batch, onProgress);
      const stop = () => {
        const outcome = decide(ctx);
        if (outcome !== 'committed') throw new Rollback(makeReport(ctx, outcome));
      };
      const failFast = () => {
        if (ctx.hasErrors()) throw new Rollback(makeReport(ctx, 'errors'));
      };
      await ctx.registerFiles();
      if (batch.countryDef) await writeCountry(ctx, batch.countryDef);
      else if (!(await trx.selectFrom('country').select('code').where('code', '=', batch.country).executeTakeFirst())) {
        ctx.report({ code: 'country_unknown', severity: 'error', params: { country: batch.country } });
      }
      failFast();
      await ctx.reloadUnits();
      await writeUnits(ctx);
      failFast();
      const written = await writeBoundaries(ctx);
      failFast();
      await writeIndicators(ctx);
      await writeValues(ctx);
      await writeFlows(ctx);
      await writeFacilities(ctx);
      await writeCooperation(ctx);
      failFast();
      await checkMissingBoundaries(ctx);
      await checkOverlaps(ctx, written);
      await checkGaps(ctx, written);
      await checkChildrenSums(ctx);
      stop();
      return makeReport(ctx, 'committed');
    },
    (r) => r,
  );
  return { opId: res.opId, report: res.result };
}
