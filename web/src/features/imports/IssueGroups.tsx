import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEVERITIES } from '../../../../src/core/validation/issues.ts';
import type { Issue, Severity } from '../../api/types.ts';
import { issueMessage, issueWhere } from '../../../../src/report/issue-text.ts';

const SHOWN = 50;

/** The issues of a report, most serious first, each group folded beyond its first few. */
export function IssueGroups({ issues }: { issues: Issue[] }) {
  const groups = SEVERITIES.map((s) => [s, issues.filter((i) => i.severity === s)] as const).filter(([, l]) => l.length > 0);
  return (
    <div className="issue-groups">
      {groups.map(([severity, list]) => (
        <IssueGroup key={severity} severity={severity} issues={list} />
      ))}
    </div>
  );
}

function IssueGroup({ severity, issues }: { severity: Severity; issues: readonly Issue[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? issues : issues.slice(0, SHOWN);
  return (
    <section className={`issue-group sev-${severity}`} data-severity={severity}>
      <h3 className="issue-group-title">
        <span className="capitalize">{t(`issues:severity.${severity}`)}</span> <span className="pill">{issues.length}</span>
      </h3>
      <ul className="issue-list">
        {shown.map((i, n) => {
          const where = issueWhere(i, t);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id, and a report never reorders
            <li key={n} data-code={i.code}>
              {where.length > 0 && (
                <span className="issue-where">
                  {where.map((part, k) => (
                    <span key={part}>
                      {k > 0 && t('shell.listSeparator')}
                      <bdi>{part}</bdi>
                    </span>
                  ))}
                </span>
              )}
              <span className="issue-text">{issueMessage(i, t)}</span>
            </li>
          );
        })}
      </ul>
      {issues.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('imports.showAll', { count: issues.length })}
        </button>
      )}
    </section>
  );
}
