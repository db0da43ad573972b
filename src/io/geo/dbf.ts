import iconv from 'iconv-lite';
import { TaawunError } from '../../core/errors.ts';
import type { Issue } from '../../core/validation/issues.ts';
import { issue } from '../../core/validation/issues.ts';
import { decodeText } from '../encoding/decode.ts';

/** The attribute table of a shapefile: one record of plain values per shape. */
export interface DbfTable {
  fields: DbfField[];
  records: Record<string, string | number | boolean | null>[];
  encoding: string;
  issues: Issue[];
}

export interface DbfField {
  name: string;
  type: string;
  offset: number;
  length: number;
}

/**
 * Reads a dBase III table. The text encoding comes from, in order: the user, the .cpg file, or
 * the bytes themselves — a DBF written by ArcGIS on an Arabic Windows is windows-1256 and says
 * nothing (its language byte 0x57 only means "the system's ANSI code page"), so the bytes of all
 * text fields and names are handed to the same detector as CSV files.
 */
export function readDbf(bytes: Uint8Array, file: string, declared?: string | null): DbfTable {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (reason: string) => new TaawunError(issue('file_unreadable', { file, params: { reason } }));
  if (buf.length < 32) throw bad('the .dbf table is truncated');
  const count = buf.readUInt32LE(4);
  const headerLength = buf.readUInt16LE(8);
  const recordLength = buf.readUInt16LE(10);
  if (headerLength < 33 || headerLength > buf.length) throw bad('the .dbf header is damaged');

  const raw: { name: Buffer; type: string; offset: number; length: number }[] = [];
  let offset = 1; // byte 0 of each record is the deletion flag
  for (let at = 32; at + 32 <= headerLength && buf[at] !== 0x0d; at += 32) {
    const nameBytes = buf.subarray(at, at + 11);
    const end = nameBytes.indexOf(0);
    const length = buf[at + 16] as number;
    raw.push({
      name: nameBytes.subarray(0, end < 0 ? 11 : end),
      type: String.fromCharCode(buf[at + 11] as number).toUpperCase(),
      offset,
      length,
    });
    offset += length;
  }
  if (offset > recordLength) throw bad('the .dbf field list does not fit its records');
  if (headerLength + count * recordLength > buf.length) throw bad(`the .dbf table is truncated (${count} records declared)`);

  const encoding = chooseEncoding(buf, raw, count, headerLength, recordLength, file, declared);
  const fields: DbfField[] = raw.map((f) => ({
    name: iconv.decode(f.name, encoding.name).trim(),
    type: f.type,
    offset: f.offset,
    length: f.length,
  }));

  const records: DbfTable['records'] = [];
  for (let r = 0; r < count; r++) {
    const start = headerLength + r * recordLength;
    const rec: DbfTable['records'][number] = {};
    for (const f of fields) {
      rec[f.name] = value(buf.subarray(start + f.offset, start + f.offset + f.length), f.type, encoding.name);
    }
    records.push(rec);
  }
  return { fields, records, encoding: encoding.name, issues: encoding.issues };
}

function chooseEncoding(
  buf: Buffer,
  fields: { name: Buffer; type: string; offset: number; length: number }[],
  count: number,
  headerLength: number,
  recordLength: number,
  file: string,
  declared?: string | null,
): { name: string; issues: Issue[] } {
  if (declared) {
    // Decoding nothing validates the name and yields the same "converted" note as a CSV would.
    const d = decodeText(Buffer.alloc(0), file, declared);
    return { name: d.encoding, issues: d.issues };
  }
  // Only the text the user will read: names and character fields, without the space padding
  // (separated by newlines so that no word runs into the next).
  const parts: Buffer[] = fields.map((f) => f.name);
  const text = fields.filter((f) => f.type === 'C');
  for (let r = 0; r < count; r++) {
    const start = headerLength + r * recordLength;
    for (const f of text) parts.push(trimBytes(buf.subarray(start + f.offset, start + f.offset + f.length)));
  }
  const sample = Buffer.concat(parts.flatMap((p) => [p, Buffer.from('\n')]));
  const d = decodeText(sample, file);
  return { name: d.encoding, issues: d.issues };
}

function value(bytes: Buffer, type: string, encoding: string): string | number | boolean | null {
  switch (type) {
    case 'N':
    case 'F': {
      const s = bytes.toString('latin1').trim();
      // Missing numbers are blank or, from some writers, asterisks; both mean no value.
      if (s === '' || /^\*+$/.test(s)) return null;
      const n = Number(s);
      return Number.isFinite(n) ? n : null;
    }
    case 'L': {
      const c = bytes.toString('latin1').trim().toUpperCase();
      if (c === 'T' || c === 'Y') return true;
      if (c === 'F' || c === 'N') return false;
      return null; // '?' or blank: not set
    }
    case 'D': {
      const s = bytes.toString('latin1').trim();
      return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : null;
    }
    default: {
      const s = iconv.decode(trimBytes(bytes), encoding).trim();
      return s === '' ? null : s;
    }
  }
}

/** Drops the trailing padding (spaces or NULs) before decoding, so it is not taken for text. */
function trimBytes(b: Buffer): Buffer {
  let end = b.length;
  while (end > 0 && (b[end - 1] === 0x20 || b[end - 1] === 0x00)) end--;
  return b.subarray(0, end);
}

/**
 * The encoding a .cpg file names: "UTF-8", "1256", "ANSI 1252", "CP1256", "65001", "8859-6"…
 * Returned as a name iconv-lite knows, or as written (decodeText then reports it as unknown).
 */
export function cpgEncoding(cpg: Uint8Array): string | null {
  const s = Buffer.from(cpg).toString('latin1').trim();
  if (!s) return null;
  if (/^(utf-?8|65001)$/i.test(s)) return 'utf-8';
  const iso = /^(?:iso[-_ ]?)?8859[-_ ]?(\d{1,2})$/i.exec(s)?.[1] ?? /^2859(\d)$/.exec(s)?.[1];
  if (iso) return `iso-8859-${iso}`;
  const page = /^(?:ansi[-_ ]?|cp|windows-?)?(\d{3,4})$/i.exec(s)?.[1];
  if (page) return Number(page) >= 1250 && Number(page) <= 1258 ? `windows-${page}` : `cp${page}`;
  return s;
}
