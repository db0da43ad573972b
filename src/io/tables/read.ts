import { closeSync, openSync, readSync } from 'node:fs';
import { readCsv } from './csv.ts';
import type { Table } from './table.ts';
import { readXlsx } from './xlsx.ts';

export interface TableReadOptions {
  displayName?: string;
  sheet?: string | null;
  encoding?: string | null;
  delimiter?: string | null;
  maxBytes?: number;
}

/** A CSV or XLSX table, told apart by content (an XLSX is a zip: "PK"), whatever its name. */
export async function readTable(file: string, opts: TableReadOptions = {}): Promise<Table> {
  const head = Buffer.alloc(4);
  try {
    const fd = openSync(file, 'r');
    try {
      readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Unreadable or missing: the CSV reader reports it with the file named.
  }
  if (head[0] === 0x50 && head[1] === 0x4b) return readXlsx(file, opts);
  return readCsv(file, opts);
}
