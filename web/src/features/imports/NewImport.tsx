import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { importerTitle } from './importerTitle.ts';
import type { Importer } from '../../api/types.ts';
import { lastTerritory } from '../../app/territory.ts';
import { ErrorNote, Loading } from '../../app/ui.tsx';
import { useResource } from '../../app/useResource.ts';
import { DropZone } from './DropZone.tsx';
import { JobProgress } from './JobProgress.tsx';
import { NextStep } from './NextStep.tsx';
import { OptionsForm } from './OptionsForm.tsx';
import { useImportFlow } from './useImportFlow.ts';
import { ValidationReport } from './ValidationReport.tsx';

/** What each kind of importer input asks of the user in the browser. */
const INPUTS: Record<Importer['input'], { inBrowser: boolean; needsFile: boolean }> = {
  file: { inBrowser: true, needsFile: true },
  none: { inBrowser: true, needsFile: false },
  folder: { inBrowser: false, needsFile: false },
};

/** A new import: importer, file, options; check; read the report; confirm. */
export function NewImport({ onFinished }: { onFinished: () => void }) {
  const { t } = useTranslation();
  const importers = useResource((s) => api.importers(s), []);
  const [name, setName] = useState('indicators');
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<Record<string, unknown>>(() => {
    const c = lastTerritory();
    return c ? { country: c } : {};
  });
  const flow = useImportFlow(onFinished);

  if (importers.error) return <ErrorNote error={importers.error} onRetry={importers.reload} />;
  if (!importers.data) return <Loading />;
  const importer =
    importers.data.find((i) => i.name === name && INPUTS[i.input].inBrowser) ??
    importers.data.find((i) => INPUTS[i.input].inBrowser);
  if (!importer) return null;
  const input = INPUTS[importer.input];
  const missing = (importer.options.required ?? []).filter((k) => options[k] === undefined || options[k] === '');
  const ready = (!input.needsFile || file) && missing.length === 0;
  const editing = flow.stage === 'editing';
  const edit =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      if (!editing) flow.reset();
    };
  const keptOptions = Object.fromEntries(Object.entries(options).filter(([k]) => k in (importer.options.properties ?? {})));
  const report = flow.job?.report ?? null;

  return (
    <section className="new-import" aria-label={t('imports.new')}>
      <h2>{t('imports.new')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void flow.check(importer.name, { file, options: keptOptions });
        }}
      >
        <div className="field">
          <label htmlFor="importer">{t('imports.what')}</label>
          <select id="importer" value={importer.name} onChange={(e) => edit(setName)(e.target.value)}>
            {importers.data.map((i) => (
              <option key={i.name} value={i.name} disabled={!INPUTS[i.input].inBrowser}>
                {importerTitle(t, i.name)}
                {INPUTS[i.input].inBrowser ? '' : ` — ${t('imports.cliOnly')}`}
              </option>
            ))}
          </select>
        </div>
        {input.needsFile && <DropZone accepts={importer.accepts} file={file} onFile={edit(setFile)} />}
        <OptionsForm importer={importer.name} schema={importer.options} values={options} onChange={edit(setOptions)} />
        <div className="actions">
          <button
            type="submit"
            className={editing ? 'primary' : undefined}
            disabled={!ready || flow.stage === 'checking' || flow.stage === 'importing'}
          >
            {t('imports.check')}
          </button>
          {!ready && <span className="muted">{t(file || !input.needsFile ? 'imports.fillRequired' : 'imports.chooseFile')}</span>}
        </div>
      </form>
      {flow.error && <ErrorNote error={flow.error} />}
      {flow.job && !report && <JobProgress job={flow.job} />}
      {flow.job?.error && <ErrorNote error={new Error(flow.job.error)} />}
      {report && (
        <div className="flow-result">
          <h3>{t(flow.stage === 'done' ? 'imports.resultTitle' : 'imports.checkTitle')}</h3>
          <ValidationReport report={report} />
          <NextStep
            report={report}
            busy={flow.stage === 'importing'}
            onConfirm={(acceptRepairs) => void flow.confirm(importer.name, { file, options: keptOptions, acceptRepairs })}
            onRestart={() => {
              if (flow.stage === 'done') setFile(null);
              flow.reset();
            }}
          />
        </div>
      )}
    </section>
  );
}
