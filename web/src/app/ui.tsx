import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/** Small pieces every screen uses. */

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {label ?? t('shell.loading')}
    </p>
  );
}

export function ErrorNote({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="note note-error" role="alert">
      <p>{notFound ? t('shell.notFound') : t('shell.error')}</p>
      <p className="muted">{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('shell.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** A fictional territory is labelled wherever it appears, so no one mistakes demo data for real data. */
export function FictionalBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const label = t('common:fictional');
  return (
    <span className="badge badge-fictional" title={label}>
      {compact ? t('shell.fictionalShort') : label}
    </span>
  );
}

/** A name in another script than the page, isolated so it never reorders the text around it. */
export function OtherName({ text, lang }: { text: string; lang: string }) {
  return (
    <bdi className="other-name" lang={lang} dir="auto">
      {text}
    </bdi>
  );
}

export function Card({ title, children, className }: { title: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`card ${className ?? ''}`}>
      <h2 className="card-title">{title}</h2>
      {children}
    </section>
  );
}

/** A code or file name: always left-to-right, even inside Arabic text, without moving what is around it. */
export function Code({ children }: { children: ReactNode }) {
  return (
    <code className="code" dir="ltr">
      {children}
    </code>
  );
}
