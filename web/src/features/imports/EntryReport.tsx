import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useFormat } from '../../app/format.ts';
import { ErrorNote, Loading } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { JobProgress } from './JobProgress.tsx';
import { isFinished } from './outcomes.ts';
import { ValidationReport } from './ValidationReport.tsx';

/** The report of one import from the journal (by number) or of a job of this server (by id), followed while it runs. */
export function EntryReport({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const res = useResource((s) => api.importEntry(id, s), [id]);
  const job = res.data?.job;
  const op = res.data?.operation;
  const { reload } = res;
  useEffect(() => {
    if (!job || isFinished(job.status)) return;
    const timer = setTimeout(reload, 500);
    return () => clearTimeout(timer);
  }, [job, reload]);

  if (res.error) return <ErrorNote error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  const report = job?.report ?? op?.report ?? null;
  return (
    <section className="entry-report" aria-label={t('imports.entry')}>
      <h2>
        {op ? t('imports.entryNo', { id: op.id }) : t('imports.entry')}
        {op && (
          <span className="muted">
            {' '}
            · {fmt.dateTime(op.startedAt)} · {op.author}
          </span>
        )}
      </h2>
      {job && !isFinished(job.status) && <JobProgress job={job} />}
      {job?.error && <ErrorNote error={new Error(job.error)} />}
      {report ? (
        <ValidationReport report={report} />
      ) : (
        job && isFinished(job.status) && <p className="muted">{t('imports.noReport')}</p>
      )}
    </section>
  );
}
