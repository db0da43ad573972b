import { unzipSync } from 'fflate';
import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';

export interface ZipEntry {
  name: string;
  /** Uncompressed size as the archive declares it. */
  originalSize: number;
}

/**
 * The entries of a zip archive, from its central directory only: nothing is inflated, so a zip
 * bomb costs no more to list than an honest archive. Folders and macOS resource forks are left out.
 */
export function listZip(bytes: Uint8Array, file: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  unzipGuarded(bytes, file, (e) => {
    if (!e.name.endsWith('/') && !isMacJunk(e.name)) entries.push({ name: e.name, originalSize: e.originalSize });
    return false;
  });
  return entries;
}

/**
 * Inflates the named entries. Their declared sizes are added up and checked against the limit
 * first; fflate then inflates each into a buffer of exactly the declared size, so an archive that
 * lies about its sizes yields truncated data (which the parsers reject), never unbounded memory.
 */
export function extractZip(bytes: Uint8Array, file: string, entries: ZipEntry[], maxBytes: number): Map<string, Uint8Array> {
  const total = entries.reduce((s, e) => s + e.originalSize, 0);
  if (total > maxBytes) {
    throw new TaawunError(
      issue('file_too_large', {
        file,
        params: { bytes: total, limit: maxBytes, entries: entries.map((e) => e.name).join(', ') },
      }),
    );
  }
  const wanted = new Set(entries.map((e) => e.name));
  const files = unzipGuarded(bytes, file, (e) => wanted.has(e.name));
  return new Map(Object.entries(files));
}

function unzipGuarded(
  bytes: Uint8Array,
  file: string,
  filter: (e: { name: string; originalSize: number }) => boolean,
): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter });
  } catch (e) {
    if (e instanceof TaawunError) throw e;
    throw new TaawunError(issue('zip_invalid', { file, params: { reason: (e as Error).message || String(e) } }));
  }
}

function isMacJunk(name: string): boolean {
  return name.startsWith('__MACOSX/') || /(^|\/)\._/.test(name) || /(^|\/)\.DS_Store$/.test(name);
}

/** The extension of an entry in lower case, with its dot (".shp"), or "" when it has none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

/** The entry name without its extension ("data/communes" for "data/communes.SHP"). */
export function stemOf(name: string): string {
  const ext = extensionOf(name);
  return ext ? name.slice(0, -ext.length) : name;
}
