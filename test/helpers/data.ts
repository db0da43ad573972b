import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';

/** `../shared/data` beside the repository (override: TAAWUN_SHARED_DATA). */
export const SHARED_DATA = path.resolve(process.env.TAAWUN_SHARED_DATA ?? path.join(import.meta.dirname, '../../../shared/data'));

export const hasSharedData = existsSync(SHARED_DATA);

export function dataPath(...parts: string[]): string {
  return path.join(SHARED_DATA, ...parts);
}

const warned = new Set<string>();

/**
 * A describe block that needs the real data: skipped, with a visible message, on a fresh clone
 * where `../shared/data` is absent.
 */
export function describeWithData(name: string, fn: () => void) {
  if (hasSharedData) return describe(name, fn);
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(`[skipped] "${name}": needs real data in ${SHARED_DATA}, which is absent`);
  }
  return describe.skip(`${name} (needs ${SHARED_DATA})`, fn);
}
