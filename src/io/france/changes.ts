import { type Issue, issue } from '../../core/validation/issues.ts';
import type { CogCommune } from './cog.ts';
import type { Lineage, ReferenceCommune } from './lineage.ts';

/**
 * The report of what changed between the reference year and today, commune by commune:
 * - `unit_code_changed`: one reference commune, now under another code (Conques-en-Rouergue,
 *   12076 → 12218);
 * - `boundary_rebuilt_from_parts` on the current commune, and `unit_absorbed` for each reference
 *   commune merged into it since;
 * - `unit_new_since`: a current commune the reference year did not have (restored or created);
 * - `unit_disappeared`: a reference commune that belongs to no current commune.
 * Only communes in scope are reported; a territory the reference file does not cover at all
 * (the collectivités d'outre-mer for IGN's Admin Express) is left to the store's
 * `unit_without_boundary`.
 */
export function lineageIssues(
  lineage: Lineage,
  communes: readonly CogCommune[],
  reference: ReadonlyMap<string, ReferenceCommune>,
  opts: { year: number; file: string; inScope: (departement: string) => boolean },
): Issue[] {
  const { year, file } = opts;
  const covered = new Set([...reference.values()].map((r) => r.departement));
  const out: Issue[] = [];
  for (const c of communes) {
    if (c.type !== 'commune-actuelle' || !opts.inScope(c.departement)) continue;
    const parts = lineage.parts.get(c.code) ?? [];
    if (parts.length === 0) {
      if (covered.has(c.departement)) out.push(issue('unit_new_since', { file, unit: c.code, params: { name: c.nom, year } }));
      continue;
    }
    if (parts.length === 1) {
      const p = parts[0] as string;
      if (p !== c.code)
        out.push(
          issue('unit_code_changed', {
            file,
            row: reference.get(p)?.row,
            unit: c.code,
            params: { code: p, year, newCode: c.code },
          }),
        );
      continue;
    }
    out.push(
      issue('boundary_rebuilt_from_parts', {
        file,
        unit: c.code,
        params: { parts: parts.length, year, codes: parts.join(', ') },
      }),
    );
    for (const p of parts) {
      if (p === c.code) continue;
      out.push(
        issue('unit_absorbed', { file, row: reference.get(p)?.row, unit: c.code, params: { code: p, year, newCode: c.code } }),
      );
    }
  }
  for (const code of lineage.orphans) {
    const r = reference.get(code);
    if (r && !opts.inScope(r.departement ?? '')) continue;
    out.push(issue('unit_disappeared', { file, row: r?.row, unit: code, params: { code, name: r?.name ?? '', year } }));
  }
  return out;
}
