import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { TaawunError } from '../core/errors.ts';
import { issue } from '../core/validation/issues.ts';
import type { FileSummary } from '../core/validation/report.ts';

/** Files larger than this are refused before being read (override: TAAWUN_MAX_IMPORT_BYTES). */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export function maxImportBytes(): number {
  const env = Number(process.env.TAAWUN_MAX_IMPORT_BYTES);
  return Number.isFinite(env) && env > 0 ? env : DEFAULT_MAX_BYTES;
}

export interface SourceBytes {
  /** Name shown in reports: the file name, not the full path. */
  name: string;
  path: string;
  bytes: Buffer;
  summary: FileSummary;
}

/**
 * Reads a file for import. The size is checked before reading, and a gzip file is decompressed
 * as a stream that stops at the limit, so neither a huge file nor a zip bomb is held in memory.
 */
export async function readSource(file: string, opts: { maxBytes?: number; displayName?: string } = {}): Promise<SourceBytes> {
  const max = opts.maxBytes ?? maxImportBytes();
  const name = opts.displayName ?? path.basename(file);
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch (e) {
    throw new TaawunError(issue('file_unreadable', { file: name, params: { reason: (e as Error).message } }));
  }
  if (size > max) {
    throw new TaawunError(issue('file_too_large', { file: name, params: { bytes: size, limit: max } }));
  }
  if (size === 0) throw new TaawunError(issue('file_empty', { file: name }));
  const gz = file.endsWith('.gz');
  const chunks: Buffer[] = [];
  let total = 0;
  const hash = createHash('sha256');
  await new Promise<void>((resolve, reject) => {
    const raw = createReadStream(file);
    raw.on('data', (c) => hash.update(c as Buffer));
    const stream = gz ? raw.pipe(createGunzip()) : raw;
    stream.on('data', (c: Buffer) => {
      total += c.length;
      if (total > max) {
        raw.destroy();
        stream.destroy();
        reject(new TaawunError(issue('file_too_large', { file: name, params: { bytes: total, limit: max } })));
        return;
      }
      chunks.push(c);
    });
    stream.on('end', () => resolve());
    stream.on('error', (e: Error) =>
      reject(new TaawunError(issue('file_unreadable', { file: name, params: { reason: e.message } }))),
    );
    raw.on('error', (e: Error) =>
      reject(new TaawunError(issue('file_unreadable', { file: name, params: { reason: e.message } }))),
    );
  });
  const bytes = Buffer.concat(chunks, total);
  return { name, path: file, bytes, summary: { name, bytes: size, sha256: hash.digest('hex') } };
}
