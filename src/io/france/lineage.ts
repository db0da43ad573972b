import type { CogCommune } from './cog.ts';

/** A commune as a boundary file of an earlier year knows it. */
export interface ReferenceCommune {
  code: string;
  name: string | null;
  departement: string | null;
  /** Feature number in the file (from 1). */
  row: number;
}

/**
 * Where the communes of a reference year went: for each current commune, the reference codes
 * whose territory it covers today. Pure; `lineageIssues` turns it into a report.
 */
export interface Lineage {
  /** Current code → reference codes it covers, its own first when it has one. */
  parts: Map<string, string[]>;
  /** Reference code → current code. */
  owner: Map<string, string>;
  /** Reference codes that belong to no current commune. */
  orphans: string[];
}

/**
 * A reference code belongs, in this order of trust:
 * 1. to the current commune with the same code (the seat of a commune nouvelle keeps its code);
 * 2. to the `chefLieu` of the commune déléguée or associée with that code: that link is current;
 * 3. to the current commune listing it in `anciensCodes`, which keeps every code a commune ever
 *    absorbed, including some it later gave back (La Neuville-Garnier, 60455, left 60054 for
 *    Les Hauts-Talican, 60694): hence its last rank.
 * A commune restored since the reference year (a "défusion") gets nothing: its territory is
 * still inside the reference feature of the commune it had joined, which this cannot tell.
 */
export function communeLineage(communes: readonly CogCommune[], reference: Iterable<ReferenceCommune>): Lineage {
  const current = new Set<string>();
  const byDelegate = new Map<string, string>();
  const byFormerCode = new Map<string, string>();
  for (const c of communes) {
    if (c.type === 'commune-actuelle') {
      current.add(c.code);
      for (const old of c.anciensCodes ?? []) if (!byFormerCode.has(old)) byFormerCode.set(old, c.code);
    } else if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) {
      byDelegate.set(c.code, c.chefLieu);
    }
  }
  const owner = new Map<string, string>();
  const orphans: string[] = [];
  const parts = new Map<string, string[]>();
  for (const r of reference) {
    const delegateOf = byDelegate.get(r.code);
    const to = current.has(r.code) ? r.code : delegateOf && current.has(delegateOf) ? delegateOf : byFormerCode.get(r.code);
    if (!to) {
      orphans.push(r.code);
      continue;
    }
    owner.set(r.code, to);
    const list = parts.get(to) ?? [];
    list.push(r.code);
    parts.set(to, list);
  }
  for (const [code, list] of parts) list.sort((a, b) => (a === code ? -1 : b === code ? 1 : a.localeCompare(b)));
  return { parts, owner, orphans: orphans.sort() };
}
