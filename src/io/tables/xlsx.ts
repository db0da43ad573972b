import ExcelJS from 'exceljs';
import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';
import { readSource } from '../source.ts';
import type { Table } from './table.ts';

/** Reads one sheet of an XLSX workbook (the first unless named); row numbers are Excel's. */
export async function readXlsx(
  file: string,
  opts: { sheet?: string | null; displayName?: string; maxBytes?: number } = {},
): Promise<Table> {
  const src = await readSource(file, { displayName: opts.displayName, maxBytes: opts.maxBytes });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(src.bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new TaawunError(
      issue('file_unreadable', { file: src.name, params: { reason: `not an XLSX workbook (${(e as Error).message})` } }),
    );
  }
  const names = wb.worksheets.map((w) => w.name);
  const ws = opts.sheet ? wb.getWorksheet(opts.sheet) : wb.worksheets[0];
  if (!ws) {
    throw new TaawunError(
      issue('sheet_missing', { file: src.name, params: { sheet: opts.sheet ?? '', available: names.join(', ') } }),
    );
  }
  let columns: string[] | null = null;
  const rows: Table['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: (string | null)[] = [];
    const count = columns?.length ?? row.cellCount;
    for (let c = 1; c <= count; c++) values.push(cellText(row.getCell(c).value));
    if (!columns) columns = values.map((v) => v ?? '');
    else if (values.some((v) => v !== null)) rows.push({ line: rowNumber, cells: values });
  });
  if (!columns) throw new TaawunError(issue('file_empty', { file: src.name }));
  return { file: src.name, columns, rows, summary: src.summary, issues: [] };
}

function cellText(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v && v.result !== undefined) return cellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return String(v);
}
