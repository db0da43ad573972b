import { nameKey, nameSkeleton } from '../names/normalize.ts';
import { type Issue, issue } from '../validation/issues.ts';
import type { LevelId, SourceRef, UnitRef } from './types.ts';

/** The slice of a stored unit the resolver needs. */
export interface KnownUnit {
  id: number;
  level: LevelId;
  code: string;
  parentId: number | null;
  names: (string | null | undefined)[];
  aliases?: { scheme: string; code: string }[];
}

export type Resolution = { id: number; issues: Issue[] } | { id: null; issues: Issue[] };

/**
 * Turns unit references found in files into unit ids: by official code, then by an alternative
 * code scheme, then — as a fallback the user must accept — by name, ignoring accents, case,
 * punctuation and Arabic letter variants. A name that fits several units is never guessed.
 */
export class UnitResolver {
  private byCode = new Map<string, KnownUnit[]>();
  private byAlias = new Map<string, KnownUnit[]>();
  private byAnyAlias = new Map<string, KnownUnit[]>();
  private byName = new Map<string, KnownUnit[]>();
  private bySkeleton = new Map<string, KnownUnit[]>();
  private byId = new Map<number, KnownUnit>();

  constructor(units: Iterable<KnownUnit> = []) {
    for (const u of units) this.add(u);
  }

  /** Adds a unit once; after units change in the store, build a new resolver. */
  add(u: KnownUnit) {
    if (this.byId.has(u.id)) throw new Error(`unit ${u.id} added twice to a resolver`);
    this.byId.set(u.id, u);
    push(this.byCode, u.code, u);
    for (const a of u.aliases ?? []) {
      push(this.byAlias, `${a.scheme}\u0000${a.code}`, u);
      push(this.byAnyAlias, a.code, u);
    }
    const names = u.names.filter((x): x is string => !!x);
    for (const n of new Set(names.map(nameKey))) if (n) push(this.byName, n, u);
    for (const n of new Set(names.map(nameSkeleton))) if (n.length >= 3) push(this.bySkeleton, n, u);
  }

  get(id: number): KnownUnit | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<KnownUnit> {
    return this.byId.values();
  }

  /** The unit at `level` above (or equal to) the given one, following parents. */
  ancestorAt(id: number, level: LevelId): KnownUnit | undefined {
    let u = this.byId.get(id);
    for (let guard = 0; u && guard < 32; guard++) {
      if (u.level === level) return u;
      u = u.parentId === null ? undefined : this.byId.get(u.parentId);
    }
    return undefined;
  }

  /** Exact lookup by code (official or alias), restricted to some levels; no name fallback. */
  findByCode(code: string, levels?: readonly LevelId[] | null, scheme?: string | null): KnownUnit[] {
    const list = scheme ? this.byAlias.get(`${scheme}\u0000${code}`) : this.byCode.get(code);
    const inLevels = (u: KnownUnit) => !levels || levels.length === 0 || levels.includes(u.level);
    let found = (list ?? []).filter(inLevels);
    // Codes written another way ("090010101" for "09.001.01.01") are common in spreadsheets.
    if (found.length === 0 && !scheme) found = (this.byAnyAlias.get(code) ?? []).filter(inLevels);
    return [...new Set(found)];
  }

  resolve(ref: UnitRef, at: SourceRef, opts: { levels?: readonly LevelId[] | null; field?: string } = {}): Resolution {
    const levels = ref.level ? [ref.level] : (opts.levels ?? null);
    const where = { file: at.file, row: at.row ?? undefined, field: opts.field ?? at.field ?? undefined };
    const code = ref.code?.trim() || null;
    if (code) {
      const found = this.findByCode(code, levels, ref.scheme);
      if (found.length === 1 && found[0]) return { id: found[0].id, issues: [] };
      if (found.length > 1) {
        const levels = [...new Set(found.map((u) => u.level))].join(', ');
        return { id: null, issues: [issue('code_ambiguous', { ...where, unit: code, params: { code, levels } })] };
      }
    }
    if (ref.name?.trim()) {
      const byName = this.matchName(ref.name, levels);
      if (byName.length === 1 && byName[0]) {
        const m = byName[0];
        return {
          id: m.unit.id,
          issues: [
            issue('code_matched_by_name', {
              ...where,
              unit: m.unit.code,
              params: { code: code ?? '', name: ref.name, matchedCode: m.unit.code, loose: m.loose },
            }),
          ],
        };
      }
      if (byName.length > 1) {
        const codes = byName
          .map((m) => m.unit.code)
          .slice(0, 5)
          .join(', ');
        return {
          id: null,
          issues: [issue('code_ambiguous_name', { ...where, params: { code: code ?? '', name: ref.name, candidates: codes } })],
        };
      }
    }
    if (!code && !ref.name?.trim()) return { id: null, issues: [issue('code_missing', where)] };
    return {
      id: null,
      issues: [
        issue('code_unmatched', { ...where, unit: code ?? undefined, params: { code: code ?? '', name: ref.name ?? '' } }),
      ],
    };
  }

  private matchName(name: string, levels: readonly LevelId[] | null): { unit: KnownUnit; loose: boolean }[] {
    const inLevels = (u: KnownUnit) => !levels || levels.length === 0 || levels.includes(u.level);
    const exact = [...new Set(this.byName.get(nameKey(name)) ?? [])].filter(inLevels);
    if (exact.length > 0) return exact.map((unit) => ({ unit, loose: false }));
    const sk = nameSkeleton(name);
    if (sk.length < 3) return [];
    return [...new Set(this.bySkeleton.get(sk) ?? [])].filter(inLevels).map((unit) => ({ unit, loose: true }));
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
