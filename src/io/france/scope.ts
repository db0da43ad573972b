import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';
import type { Cog } from './cog.ts';

/**
 * Which part of France an import covers: every département, or a few named ones (for quick runs
 * and tests). A collectivité d'outre-mer is named by its code as if it were a département (975).
 */
export interface Scope {
  departements: ReadonlySet<string> | null;
  has(departement: string): boolean;
}

export const WHOLE_COUNTRY: Scope = { departements: null, has: () => true };

/** Parses "74, 01,2A" into a scope, refusing codes the COG does not know. */
export function parseScope(list: string | null | undefined, cog: Pick<Cog, 'departements'>): Scope {
  const codes = (list ?? '')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean)
    .map((s) => (/^\d$/.test(s) ? `0${s}` : s));
  if (codes.length === 0) return WHOLE_COUNTRY;
  const known = new Set(cog.departements.map((d) => d.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    throw new TaawunError(issue('code_unmatched', { field: 'departements', params: { code: unknown.join(', '), name: '' } }));
  }
  const set = new Set(codes);
  return { departements: set, has: (d) => set.has(d) };
}
