import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../src/core/validation/issues.ts';
import type { ValidationReport as Report } from '../../api/types.ts';
import { useFormat } from '../../app/format.ts';
import { importerTitle } from './importerTitle.ts';
import { IssueGroups } from './IssueGroups.tsx';
import { OUTCOME_TONE } from './outcomes.ts';
import { Code } from '../../app/ui.tsx';

/** What the counts of records mean, by outcome: written, to be written, or only read. */
const COUNTS_TITLE: Record<Report['outcome'], string> = {
  committed: 'imports.written',
  dry_run: 'imports.wouldWrite',
  repairs_not_accepted: 'imports.wouldWrite',
  errors: 'imports.read',
};

/** A validation report: the verdict first, then what was read, what was (or would be) written, and every issue. */
export function ValidationReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const counts = Object.entries(report.counts).filter(([, n]) => n > 0);
  return (
    <div className="report" data-outcome={report.outcome}>
      <p className={`verdict tone-${OUTCOME_TONE[report.outcome]}`} role="status">
        <strong>{t(`imports.outcome.${report.outcome}`)}</strong>
        <span className="muted">
          {' '}
          · {importerTitle(t, report.kind)}
          {report.country && ` · ${report.country}`} ·{' '}
          <span className="nowrap">
            {t('imports.seconds', { value: fmt.number(Math.max(0.1, Math.round(report.durationMs / 100) / 10)) })}
          </span>
        </span>
      </p>
      <ul className="summary-chips" aria-label={t('imports.summary')}>
        {SEVERITIES.filter((s) => report.summary[s] > 0).map((s) => (
          <li key={s} className={`chip sev-${s}`} data-severity={s}>
            {t(`imports.summaryOf.${s}`, { count: report.summary[s] })}
          </li>
        ))}
        {report.issues.length === 0 && <li className="chip tone-ok">{t('imports.noIssues')}</li>}
      </ul>
      {report.files.length > 0 && (
        <ul className="plain-list report-files">
          {report.files.map((f) => {
            const about = [f.bytes > 0 ? fmt.bytes(f.bytes) : null, f.encoding].filter(Boolean).join(t('shell.listSeparator'));
            return (
              <li key={f.name}>
                <Code>{f.name}</Code> {about && <span className="muted">({about})</span>}
              </li>
            );
          })}
        </ul>
      )}
      {counts.length > 0 && (
        <details className="report-counts" open={report.committed}>
          <summary>{t(COUNTS_TITLE[report.outcome])}</summary>
          <table className="table table-keyed">
            <tbody>
              {counts.map(([k, n]) => (
                <tr key={k}>
                  <th scope="row">{t(`imports.count.${k.replaceAll('.', '_')}`, { defaultValue: k })}</th>
                  <td className="num">{fmt.number(n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <IssueGroups issues={report.issues} />
    </div>
  );
}
