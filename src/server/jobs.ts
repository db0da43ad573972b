import { randomUUID } from 'node:crypto';
import type { Progress } from '../core/import/batch.ts';
import type { ValidationReport } from '../core/validation/report.ts';

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'rolled_back' | 'failed';

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  createdAt: string;
  finishedAt: string | null;
  progress: Progress | null;
  /** Operation id in the journal, once the import has started writing. */
  operation: number | null;
  report: ValidationReport | null;
  error: string | null;
}

/**
 * Long work (imports) runs one job at a time in the background; clients poll a job for its
 * progress and its report. Finished jobs stay listed; the journal keeps them across restarts.
 */
export class JobQueue {
  private jobs = new Map<string, Job>();
  private tail: Promise<void> = Promise.resolve();

  submit(kind: string, work: (progress: (p: Progress) => void) => Promise<{ operation: number; report: ValidationReport }>): Job {
    const job: Job = {
      id: randomUUID(),
      kind,
      status: 'queued',
      createdAt: new Date().toISOString(),
      finishedAt: null,
      progress: null,
      operation: null,
      report: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    this.tail = this.tail.then(async () => {
      job.status = 'running';
      try {
        const r = await work((p) => {
          job.progress = p;
        });
        job.operation = r.operation;
        job.report = r.report;
        job.status = r.report.committed ? 'succeeded' : 'rolled_back';
      } catch (e) {
        job.status = 'failed';
        job.error = (e as Error).message;
      } finally {
        job.finishedAt = new Date().toISOString();
      }
    });
    return job;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  list(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  /** Resolves when every submitted job has finished (used on shutdown and in tests). */
  idle(): Promise<void> {
    return this.tail;
  }
}
