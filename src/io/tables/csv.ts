import { CsvError, parse } from 'csv-parse/sync';
import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';
import { decodeText } from '../encoding/decode.ts';
import { readSource } from '../source.ts';
import type { Table } from './table.ts';

export interface CsvOptions {
  encoding?: string | null;
  delimiter?: string | null;
  maxBytes?: number;
  displayName?: string;
}

/** Reads a CSV file whole (within the import size limit), detecting encoding and delimiter. */
export async function readCsv(file: string, opts: CsvOptions = {}): Promise<Table> {
  const src = await readSource(file, { maxBytes: opts.maxBytes, displayName: opts.displayName });
  return parseCsvBytes(src.bytes, src.name, src.summary, opts);
}

export function parseCsvBytes(bytes: Buffer, name: string, summary: Table['summary'], opts: CsvOptions = {}): Table {
  const decoded = decodeText(bytes, name, opts.encoding);
  const text = decoded.text;
  const delimiter = opts.delimiter ?? sniffDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_quotes: false,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as typeof records;
  } catch (e) {
    const line = e instanceof CsvError ? ((e as CsvError & { lines?: number }).lines ?? undefined) : undefined;
    throw new TaawunError(issue('file_unreadable', { file: name, row: line, params: { reason: (e as Error).message } }));
  }
  const [head, ...body] = records;
  if (!head) throw new TaawunError(issue('file_empty', { file: name }));
  const columns = head.record.map((c) => c.trim());
  for (const r of body) {
    if (r.record.length !== columns.length) {
      throw new TaawunError(
        issue('file_unreadable', {
          file: name,
          row: r.info.lines,
          params: { reason: `${r.record.length} fields where the header has ${columns.length}` },
        }),
      );
    }
  }
  return {
    file: name,
    columns,
    rows: body.map((r) => ({ line: r.info.lines, cells: r.record })),
    summary: { ...summary, encoding: decoded.encoding },
    issues: decoded.issues,
  };
}

/** The delimiter that splits the header line into the most fields, outside quotes. */
export function sniffDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length);
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t', '|']) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}
