import { useTranslation } from 'react-i18next';
import type { Job, JournalEntry } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import { importerTitle } from './importerTitle.ts';
import { paths } from '../../app/paths.ts';
import { Link } from '../../app/router.tsx';
import { Empty } from '../../app/ui.tsx';
import { OUTCOME_TONE, STATUS_TONE } from './outcomes.ts';

const importerOf = (kind: string) => kind.replace(/^import\./, '');

/** Imports still running in this server, then the journal of every import ever made, newest first. */
export function ImportJournal({ jobs, journal, selected }: { jobs: Job[]; journal: JournalEntry[]; selected: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const running = jobs.filter((j) => STATUS_TONE[j.status] === 'busy');
  return (
    <section className="journal" aria-label={t('imports.journal')}>
      <h2>{t('imports.journal')}</h2>
      {running.length > 0 && (
        <ul className="plain-list">
          {running.map((j) => (
            <li key={j.id}>
              <Link to={paths.importEntry(j.id)}>{importerTitle(t, importerOf(j.kind))}</Link>{' '}
              <span className={`chip tone-${STATUS_TONE[j.status]}`}>{t(`imports.status.${j.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {journal.length === 0 ? (
        <Empty>{t('imports.noJournal')}</Empty>
      ) : (
        <table className="table journal-table">
          <thead>
            <tr>
              <th scope="col">{t('imports.no')}</th>
              <th scope="col">{t('imports.when')}</th>
              <th scope="col">{t('imports.what')}</th>
              <th scope="col">{t('inspector.author')}</th>
              <th scope="col">{t('imports.result')}</th>
            </tr>
          </thead>
          <tbody>
            {journal.map((e) => (
              <tr key={e.id} aria-current={String(e.id) === selected ? 'true' : undefined} data-operation={e.id}>
                <td className="num">
                  <Link to={paths.importEntry(e.id)}>{e.id}</Link>
                </td>
                <td>{fmt.dateTime(e.startedAt)}</td>
                <td>
                  {importerTitle(t, importerOf(e.kind))}
                  <FilesOf params={e.params} />
                </td>
                <td>{e.author}</td>
                <td>
                  {e.outcome ? (
                    <span className={`chip tone-${OUTCOME_TONE[e.outcome]}`}>{t(`imports.outcomeShort.${e.outcome}`)}</span>
                  ) : (
                    <span className="chip">{t(`imports.status.${e.status}`, { defaultValue: e.status })}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function FilesOf({ params }: { params: Record<string, unknown> }) {
  const files = Array.isArray(params.files) ? (params.files as string[]) : [];
  if (files.length === 0) return null;
  const label = files.length > 2 ? `${files.slice(0, 2).join(', ')}, +${files.length - 2}` : files.join(', ');
  return (
    <span className="muted journal-files" dir="auto" title={files.join('\n')}>
      {label}
    </span>
  );
}
