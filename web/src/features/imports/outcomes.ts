import type { JobStatus, ValidationReport } from '../../api/types.ts';

export type Outcome = ValidationReport['outcome'];
export type Tone = 'ok' | 'info' | 'warn' | 'error' | 'busy';

/** How each outcome of an import looks; its words are `web:imports.outcome.<outcome>`. */
export const OUTCOME_TONE: Record<Outcome, Tone> = {
  committed: 'ok',
  dry_run: 'info',
  repairs_not_accepted: 'warn',
  errors: 'error',
};

/** How each job status looks; its words are `web:imports.status.<status>`. */
export const STATUS_TONE: Record<JobStatus, Tone> = {
  queued: 'busy',
  running: 'busy',
  succeeded: 'ok',
  rolled_back: 'warn',
  failed: 'error',
};

export const isFinished = (s: JobStatus) => STATUS_TONE[s] !== 'busy';
