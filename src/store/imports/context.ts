import type { Transaction } from 'kysely';
import type { ImportBatch, ProgressFn } from '../../core/import/batch.ts';
import { UnitResolver } from '../../core/territory/resolver.ts';
import type { SourceRef } from '../../core/territory/types.ts';
import type { Issue } from '../../core/validation/issues.ts';
import { loadKnownUnits } from '../repositories/units.ts';
import type { Database } from '../schema.ts';

/** State shared by the phases of one import, inside its transaction. */
export class ImportContext {
  readonly issues: Issue[] = [];
  readonly counts: Record<string, number> = {};
  private fileIds = new Map<string, number>();
  resolver = new UnitResolver();

  constructor(
    readonly trx: Transaction<Database>,
    readonly opId: number,
    readonly batch: ImportBatch,
    private readonly onProgress: ProgressFn,
  ) {}

  progress(phase: string, done: number, total: number) {
    this.onProgress({ phase, done, total });
  }

  count(key: string, n = 1) {
    this.counts[key] = (this.counts[key] ?? 0) + n;
  }

  report(...found: Issue[]) {
    for (const i of found) this.issues.push(i);
  }

  hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }

  /** Records the batch's files, so that every record can point at its file and row. */
  async registerFiles() {
    for (const f of this.batch.files) {
      const row = await this.trx
        .insertInto('source_file')
        .values({ op_id: this.opId, name: f.name, bytes: f.bytes, sha256: f.sha256 ?? null, encoding: f.encoding ?? null })
        .returning('id')
        .executeTakeFirstOrThrow();
      this.fileIds.set(f.name, row.id);
    }
  }

  fileId(src: SourceRef): number | null {
    return this.fileIds.get(src.file) ?? null;
  }

  async reloadUnits() {
    this.resolver = new UnitResolver(await loadKnownUnits(this.trx, this.batch.country));
  }
}

/** Splits work into slices so that one statement never carries more than `size` rows. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
