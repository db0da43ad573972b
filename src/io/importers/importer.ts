import type { z } from 'zod';
import type { ImportBatch, ProgressFn } from '../../core/import/batch.ts';

/**
 * An importer turns files (or a folder, or a package) into an ImportBatch. Each is one file plus
 * one entry in `registry.ts`; the CLI subcommands (`taawun import NAME`), the HTTP routes
 * (`POST /api/imports/NAME`) and their documentation are generated from these entries.
 */
export interface Importer<S extends z.ZodObject = z.ZodObject> {
  name: string;
  /** What the importer takes: one file, a folder (CLI only), or nothing but options. */
  input: 'file' | 'folder' | 'none';
  /** File endings offered in pickers and checked on upload; empty for any. */
  accepts?: string[];
  /** Options; each field's `.describe()` is an English summary, translated at the edges by key. */
  options: S;
  read(input: ImportInput, options: z.infer<S>, ctx: { onProgress: ProgressFn }): Promise<ImportBatch>;
  /**
   * Options that name files on the machine running the import. The command line accepts them;
   * the HTTP API refuses them, so that no client can make the server read its own files.
   */
  localPathOptions?: string[];
  /** For folder importers of public data: fetch it and return the folder (`--download`). */
  download?: (log: (message: string) => void) => Promise<string>;
}

export interface ImportInput {
  /** Path of the file or folder; undefined for `input: 'none'`. */
  path?: string;
  /** Name to show in reports (an upload's original file name). */
  displayName?: string;
}

export function defineImporter<S extends z.ZodObject>(i: Importer<S>): Importer<S> {
  return i;
}
