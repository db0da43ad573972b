import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ErrorNote } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { EntryReport } from './EntryReport.tsx';
import { ImportJournal } from './ImportJournal.tsx';
import { NewImport } from './NewImport.tsx';
import './imports.css';

/** Imports: start one on the inline-start side; the journal, and the report of the chosen entry, on the other. */
export function ImportsPage({ entry }: { entry?: string }) {
  const { t } = useTranslation();
  const list = useResource((s) => api.imports(s), []);
  return (
    <div className="page imports-page">
      <header className="page-head">
        <h1>{t('imports.title')}</h1>
        <p className="lede">{t('imports.lede')}</p>
      </header>
      <div className="imports-layout">
        <NewImport onFinished={list.reload} />
        <div className="imports-side">
          {entry && <EntryReport id={entry} />}
          {list.error && <ErrorNote error={list.error} onRetry={list.reload} />}
          {list.data && <ImportJournal jobs={list.data.jobs} journal={list.data.journal} selected={entry ?? null} />}
        </div>
      </div>
    </div>
  );
}
