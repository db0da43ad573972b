import type { Issue } from './validation/issues.ts';

/**
 * An error a user can act on. It carries an issue (code, location, parameters) that the edges turn
 * into a sentence in the user's language; `message` is an English fallback for logs.
 */
export class TaawunError extends Error {
  readonly issue: Issue;
  constructor(issue: Issue, message?: string) {
    super(message ?? describeIssue(issue));
    this.name = 'TaawunError';
    this.issue = issue;
  }
}

/** A plain English line for logs and stack traces; users see the i18n rendering instead. */
export function describeIssue(i: Issue): string {
  const where = [i.file, i.row !== undefined ? `row ${i.row}` : null, i.field ? `field ${i.field}` : null]
    .filter(Boolean)
    .join(', ');
  const params = i.params ? ` ${JSON.stringify(i.params)}` : '';
  return `${i.code}${where ? ` (${where})` : ''}${i.unit ? ` [${i.unit}]` : ''}${params}`;
}
