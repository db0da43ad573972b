import type { TFunction } from 'i18next';
import type { Issue } from '../core/validation/issues.ts';
import type { ValidationReport } from '../core/validation/report.ts';

/** In geometry files a "row" is the n-th feature, not a line of text. */
const GEOMETRY_FILE = /\.(geo|topo)?json(\.gz)?$|\.zip$|\.gpkg$|\.shp$/i;

/** Where the issue is: file, line or feature, field, unit — each part worded by `issues:where.*`. */
export function issueWhere(i: Issue, t: TFunction): string[] {
  return [
    i.file ? t('issues:where.file', { file: i.file }) : null,
    i.row !== undefined
      ? t(GEOMETRY_FILE.test(i.file ?? '') ? 'issues:where.feature' : 'issues:where.row', { row: i.row })
      : null,
    i.field ? t('issues:where.field', { field: i.field }) : null,
    i.unit ? t('issues:where.unit', { unit: i.unit }) : null,
  ].filter((s): s is string => Boolean(s));
}

/** What is wrong, as a sentence in the user's language (`issues:<code>` with the issue's parameters). */
export function issueMessage(i: Issue, t: TFunction): string {
  return t(`issues:${i.code}`, {
    ...(i.params ?? {}),
    file: i.file,
    row: i.row,
    field: i.field,
    unit: i.unit,
    defaultValue: i.code,
  });
}

/** One issue as a sentence, prefixed with where it is: for the terminal, logs and API errors. */
export function issueText(i: Issue, t: TFunction): string {
  const where = issueWhere(i, t);
  const text = issueMessage(i, t);
  return where.length ? `${where.join(', ')}${t('cli:report.colon')}${text}` : text;
}

/** A validation report as plain text, for the terminal and for `--report file.txt`. */
export function reportText(r: ValidationReport, t: TFunction, opts: { maxPerCode?: number } = {}): string {
  const max = opts.maxPerCode ?? 20;
  const lines: string[] = [];
  lines.push(
    t('cli:report.title', {
      kind: r.kind,
      country: r.country ?? '',
      outcome: t(`cli:report.outcome.${r.outcome}`),
      seconds: (r.durationMs / 1000).toFixed(1),
    }),
  );
  for (const f of r.files) {
    lines.push(`  ${t('cli:report.file', { name: f.name, bytes: f.bytes, encoding: f.encoding ?? 'utf-8' })}`);
  }
  const counts = Object.entries(r.counts).filter(([, n]) => n > 0);
  if (counts.length) {
    lines.push(t(r.committed ? 'cli:report.written' : 'cli:report.wouldWrite'));
    for (const [k, n] of counts) lines.push(`  ${k}: ${n}`);
  }
  lines.push(
    t('cli:report.summary', {
      error: r.summary.error,
      repair: r.summary.repair,
      warning: r.summary.warning,
      info: r.summary.info,
    }),
  );
  const byCode = new Map<string, Issue[]>();
  for (const i of r.issues) byCode.set(i.code, [...(byCode.get(i.code) ?? []), i]);
  const order = ['error', 'repair', 'warning', 'info'];
  const groups = [...byCode.values()].sort((a, b) => order.indexOf(a[0]?.severity ?? '') - order.indexOf(b[0]?.severity ?? ''));
  for (const group of groups) {
    for (const i of group.slice(0, max)) lines.push(`  [${t(`issues:severity.${i.severity}`)}] ${issueText(i, t)}`);
    if (group.length > max) lines.push(`  … ${t('cli:report.more', { count: group.length - max })}`);
  }
  if (r.outcome === 'repairs_not_accepted') lines.push(t('cli:report.acceptHint'));
  return lines.join('\n');
}
