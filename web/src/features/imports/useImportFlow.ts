import { useCallback, useEffect, useRef, useState } from 'react';
import { api, invalidateCache } from '../../api/client.ts';
import type { ImportRequest, Job } from '../../api/types.ts';
import { isFinished } from './outcomes.ts';

/**
 * An import in two steps, as the method wants: first a check that writes nothing (dry run), whose
 * report the user reads; then, on confirmation (and consent to the listed repairs), the import.
 *   editing → checking → checked → importing → done
 */
export type Stage = 'editing' | 'checking' | 'checked' | 'importing' | 'done';

const POLL_MS = 400;

export function useImportFlow(onFinished?: () => void) {
  const [stage, setStage] = useState<Stage>('editing');
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<Error | null>(null);
  // Stops polling once the screen is left (set again on mount: StrictMode mounts twice in development).
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const run = useCallback(
    async (importer: string, req: ImportRequest, busy: Stage, after: Stage) => {
      setError(null);
      setStage(busy);
      try {
        let j = await api.startImport(importer, req);
        setJob(j);
        while (!isFinished(j.status)) {
          await new Promise((r) => setTimeout(r, POLL_MS));
          if (!alive.current) return;
          j = (await api.importEntry(j.id)).job ?? j;
          setJob(j);
        }
        if (j.report?.committed) invalidateCache();
        setStage(after);
        onFinished?.();
      } catch (e) {
        setError(e instanceof Error ? e : new Error(String(e)));
        setStage('editing');
      }
    },
    [onFinished],
  );

  return {
    stage,
    job,
    error,
    check: (importer: string, req: Omit<ImportRequest, 'dryRun' | 'acceptRepairs'>) =>
      run(importer, { ...req, dryRun: true, acceptRepairs: false }, 'checking', 'checked'),
    confirm: (importer: string, req: Omit<ImportRequest, 'dryRun'>) =>
      run(importer, { ...req, dryRun: false }, 'importing', 'done'),
    reset: () => {
      setStage('editing');
      setJob(null);
      setError(null);
    },
  };
}
