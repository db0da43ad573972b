import type { TFunction } from 'i18next';
import type { Issue } from '../../api/types.ts';

/** In geometry files a "row" is the n-th feature, not a line of text (as in the CLI's report). */
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
