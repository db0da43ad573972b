import type { BodyRecord, MembershipRecord } from '../../core/territory/cooperation.ts';
import { parseBodyType } from '../../core/territory/cooperation.ts';
import { type Issue, issue } from '../../core/validation/issues.ts';
import { cell, columnIndex, type Table } from '../tables/table.ts';

/**
 * Cooperation bodies and their members from a table with one row per membership. The body's own
 * fields may be given on any of its rows; the first value found wins. Recognised columns (case
 * does not matter; the first present of each list is used):
 */
const COLUMNS = {
  body: ['body_code', 'body_id', 'code_organisme', 'siren'],
  name: ['body_name', 'name', 'nom'],
  type: ['body_type', 'type'],
  subtype: ['body_subtype', 'subtype'],
  member: ['member_code', 'member_code_digits', 'commune_code', 'code_commune'],
  memberName: ['member_name', 'member_name_fr', 'commune_name', 'nom_commune'],
  joinedOn: ['joined_on', 'date_adhesion'],
  leftOn: ['left_on', 'date_retrait'],
  role: ['role'],
  competences: ['competences'],
  legalBasis: ['legal_basis', 'base_legale'],
  status: ['status', 'statut'],
  createdOn: ['created_on', 'date_creation'],
  dissolvedOn: ['dissolved_on', 'date_dissolution'],
  notes: ['notes', 'status_note'],
  sourceUrl: ['source_url', 'source'],
} as const;

type Col = keyof typeof COLUMNS;

export interface CooperationRead {
  bodies: BodyRecord[];
  memberships: MembershipRecord[];
  issues: Issue[];
}

export function cooperationFromTable(t: Table, opts: { memberScheme?: string | null } = {}): CooperationRead {
  const idx = {} as Record<Col, number>;
  for (const [k, names] of Object.entries(COLUMNS) as [Col, readonly string[]][]) {
    idx[k] = names.map((n) => columnIndex(t, n)).find((i) => i >= 0) ?? -1;
  }
  const issues: Issue[] = [];
  for (const required of ['body', 'member'] as const) {
    if (idx[required] < 0) {
      issues.push(issue('column_missing', { file: t.file, params: { column: COLUMNS[required].join(' | ') } }));
    }
  }
  if (issues.length > 0) return { bodies: [], memberships: [], issues };
  const bodies = new Map<string, BodyRecord>();
  const memberships: MembershipRecord[] = [];
  for (const row of t.rows) {
    const get = (c: Col) => cell(row, idx[c]);
    const at = { file: t.file, row: row.line };
    const code = get('body');
    if (!code) {
      issues.push(issue('code_missing', { ...at, field: COLUMNS.body[0] }));
      continue;
    }
    let body = bodies.get(code);
    if (!body) {
      body = { code, name: '', type: 'other', competences: [], source: at };
      bodies.set(code, body);
    }
    const typeRaw = get('type');
    if (typeRaw) {
      const type = parseBodyType(typeRaw);
      if (!type) issues.push(issue('body_type_unknown', { ...at, field: 'body_type', params: { type: typeRaw } }));
      else if (body.type === 'other') body.type = type;
    }
    body.name ||= get('name') ?? '';
    body.subtype ??= get('subtype');
    body.legalBasis ??= get('legalBasis');
    body.status ??= get('status');
    body.notes ??= get('notes');
    body.sourceUrl ??= get('sourceUrl');
    for (const [field, key] of [
      ['createdOn', 'createdOn'],
      ['dissolvedOn', 'dissolvedOn'],
    ] as const) {
      const d = get(key);
      if (d && !body[field]) {
        if (isDate(d)) body[field] = d;
        else issues.push(issue('date_invalid', { ...at, field: key, params: { value: d } }));
      }
    }
    const comp = get('competences');
    if (comp)
      body.competences = [
        ...new Set([
          ...(body.competences ?? []),
          ...comp
            .split(/[;,|]/)
            .map((c) => c.trim())
            .filter(Boolean),
        ]),
      ];
    const member = get('member');
    const memberName = get('memberName');
    if (!member && !memberName) continue;
    const joinedOn = get('joinedOn');
    const leftOn = get('leftOn');
    for (const [name, d] of [
      ['joined_on', joinedOn],
      ['left_on', leftOn],
    ] as const) {
      if (d && !isDate(d)) issues.push(issue('date_invalid', { ...at, field: name, params: { value: d } }));
    }
    memberships.push({
      body: code,
      unit: { code: member, name: memberName, scheme: opts.memberScheme ?? null },
      joinedOn: joinedOn && isDate(joinedOn) ? joinedOn : null,
      leftOn: leftOn && isDate(leftOn) ? leftOn : null,
      role: get('role'),
      source: { ...at, field: t.columns[idx.member] ?? null },
    });
  }
  for (const b of bodies.values()) if (!b.name) b.name = b.code;
  return { bodies: [...bodies.values()], memberships, issues };
}

function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
}
