import type { Issue } from '../../core/validation/issues.ts';
import type { FileSummary } from '../../core/validation/report.ts';

/**
 * A table read from CSV or XLSX: named columns, string cells, and for each row the line (CSV) or
 * row number (XLSX) the user sees in their own tool, so errors can point at it.
 */
export interface Table {
  file: string;
  columns: string[];
  rows: TableRow[];
  summary: FileSummary;
  issues: Issue[];
}

export interface TableRow {
  line: number;
  cells: (string | null)[];
}

export function columnIndex(t: Table, name: string): number {
  const wanted = name.trim().toLowerCase();
  return t.columns.findIndex((c) => c.trim().toLowerCase() === wanted);
}

export function cell(row: TableRow, index: number): string | null {
  if (index < 0) return null;
  const v = row.cells[index];
  if (v === undefined || v === null) return null;
  const s = v.trim();
  return s === '' ? null : s;
}

/**
 * Parses numbers as spreadsheets write them: "1234.5", "1 234,5" (French), "1,234.5", "1.234,5",
 * with thin or non-breaking spaces. Returns undefined for text that is not a number.
 */
export function parseNumber(raw: string): number | undefined {
  let s = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return undefined;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // The later separator is the decimal one.
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    // Several commas are thousands separators ("1,234,567"); one is a decimal comma ("12,5"), as
    // French and Moroccan spreadsheets write it.
    s = s.indexOf(',') !== lastComma ? s.replace(/,/g, '') : s.replace(',', '.');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}
