import type { Issue, Severity } from './issues.ts';

export interface FileSummary {
  name: string;
  bytes: number;
  sha256?: string;
  encoding?: string;
}

/** What an import did, or would have done: the document the CLI prints and the API returns. */
export interface ValidationReport {
  kind: string;
  country: string | null;
  files: FileSummary[];
  /** Counts of records read and written, by kind ("units.commune", "values", "boundaries"). */
  counts: Record<string, number>;
  issues: Issue[];
  summary: Record<Severity, number>;
  /** True when the data was written; false after an error, a dry run, or refused repairs. */
  committed: boolean;
  dryRun: boolean;
  /** Why nothing was written, when nothing was. */
  outcome: 'committed' | 'errors' | 'repairs_not_accepted' | 'dry_run';
  durationMs: number;
}

export function summarize(issues: readonly Issue[]): Record<Severity, number> {
  const s: Record<Severity, number> = { error: 0, repair: 0, warning: 0, info: 0 };
  for (const i of issues) s[i.severity] += 1;
  return s;
}

/** The decision rule shared by every import: errors block; repairs need the user's consent. */
export function decideOutcome(
  issues: readonly Issue[],
  opts: { acceptRepairs: boolean; dryRun: boolean },
): ValidationReport['outcome'] {
  const s = summarize(issues);
  if (s.error > 0) return 'errors';
  if (s.repair > 0 && !opts.acceptRepairs) return 'repairs_not_accepted';
  if (opts.dryRun) return 'dry_run';
  return 'committed';
}
