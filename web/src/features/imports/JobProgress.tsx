import { useTranslation } from 'react-i18next';
import type { Job } from '../../api/types.ts';
import { STATUS_TONE } from './outcomes.ts';

/** Where a running import is: its status, the phase, and how far through it. */
export function JobProgress({ job }: { job: Job }) {
  const { t } = useTranslation();
  const p = job.progress;
  const phase = p ? t(`cli:phases.${p.phase}`, { defaultValue: p.phase }) : null;
  return (
    <div className={`job-progress tone-${STATUS_TONE[job.status]}`} role="status" aria-live="polite">
      <span className="job-status">{t(`imports.status.${job.status}`)}</span>
      {phase && <span className="muted">{phase}</span>}
      {p && p.total > 0 ? (
        <progress max={p.total} value={p.done} aria-label={phase ?? undefined}>
          {p.done}/{p.total}
        </progress>
      ) : (
        <progress aria-label={phase ?? t(`imports.status.${job.status}`)} />
      )}
    </div>
  );
}
