import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationReport } from '../../api/types.ts';
import type { Outcome } from './outcomes.ts';

interface StepProps {
  report: ValidationReport;
  busy: boolean;
  /** Runs the import for real; `acceptRepairs` is the user's consent to the listed repairs. */
  onConfirm(acceptRepairs: boolean): void;
  onRestart(): void;
}

/** What the user can do after the check, by its outcome. */
const NEXT: Record<Outcome, (p: StepProps) => ReactNode> = {
  dry_run: (p) => <ConfirmStep {...p} />,
  repairs_not_accepted: (p) => <RepairsStep {...p} />,
  errors: (p) => <RefusedStep {...p} />,
  committed: (p) => <RestartStep {...p} />,
};

export function NextStep(p: StepProps) {
  return <div className="next-step">{NEXT[p.report.outcome](p)}</div>;
}

function ConfirmStep({ busy, onConfirm, onRestart }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('imports.next.valid')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => onConfirm(false)}>
          {t('imports.confirm')}
        </button>
        <button type="button" onClick={onRestart} disabled={busy}>
          {t('imports.cancel')}
        </button>
      </div>
    </>
  );
}

function RepairsStep({ report, busy, onConfirm, onRestart }: StepProps) {
  const { t } = useTranslation();
  const [accepted, setAccepted] = useState(false);
  return (
    <>
      <p>{t('imports.next.repairs', { count: report.summary.repair })}</p>
      <label className="check">
        <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />
        {t('imports.acceptRepairs', { count: report.summary.repair })}
      </label>
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !accepted} onClick={() => onConfirm(true)}>
          {t('imports.confirmWithRepairs')}
        </button>
        <button type="button" onClick={onRestart} disabled={busy}>
          {t('imports.cancel')}
        </button>
      </div>
    </>
  );
}

function RefusedStep({ onRestart }: StepProps) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('imports.next.errors')}</p>
      <div className="actions">
        <button type="button" onClick={onRestart}>
          {t('imports.fixAndRetry')}
        </button>
      </div>
    </>
  );
}

function RestartStep({ onRestart }: StepProps) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="button" onClick={onRestart}>
        {t('imports.another')}
      </button>
    </div>
  );
}
