import type { TFunction } from 'i18next';
import { unitName } from '../../../../../src/core/map/data.ts';
import type { MapLanguage } from '../../../../../src/core/map/format.ts';
import type { Level } from '../../../api/types.ts';
import { describeUnit } from '../describe.ts';
import type { AtlasData } from '../useAtlasData.ts';

export interface TableRow {
  code: string;
  name: string;
  /** The name in the other script (Arabic under French, French under Arabic). */
  other: string | null;
  parent: string;
  /** What the map shows: a number to sort by (null: no data), and how it prints. */
  value: number | null;
  text: string | null;
  year: number | null;
  fill: string | null;
  stripes?: string[];
  /** Lowercase, accent-free haystack for the filter: names in every script, code. */
  search: string;
}

export type SortKey = 'name' | 'code' | 'parent' | 'value';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** The level whose names say where each unit is: the coarsest one inside the mapped area. */
export function parentLevel(levels: Level[], mapLevel: string, withinLevel: string | undefined): Level | null {
  const rankOf = (id: string | undefined) => levels.find((l) => l.id === id)?.rank;
  const lo = rankOf(withinLevel) ?? 0;
  const hi = rankOf(mapLevel) ?? 99;
  return levels.filter((l) => l.rank > lo && l.rank < hi).sort((a, b) => a.rank - b.rank)[0] ?? null;
}

export function tableRows(atlas: AtlasData, lang: MapLanguage, t: TFunction, parent: Level | null): TableRow[] {
  const names = atlas.data.ancestorNames;
  return atlas.data.units.map((u) => {
    const d = describeUnit(atlas, u, lang, t);
    const p = atlas.painted.units.get(u.code);
    const otherLang = lang === 'ar' ? 'fr' : 'ar';
    const other = u.names[otherLang] && u.names[otherLang] !== d.name ? u.names[otherLang] : null;
    const a = parent ? u.ancestors[parent.id] : undefined;
    const pn = a ? names[a] : undefined;
    const value = p ? (atlas.painted.fillLayer === undefined ? (p.symbolValue ?? null) : (p.value ?? null)) : null;
    return {
      code: u.code,
      name: d.name,
      other,
      parent: pn ? (pn[lang] ?? pn.fr ?? a ?? '') : (a ?? ''),
      value: typeof value === 'number' ? value : null,
      text: d.categories ? d.categories.join(t('shell.listSeparator')) || t('atlas.tooltip.none') : d.value,
      year: d.year,
      fill: p?.fill ?? null,
      ...(p?.stripes ? { stripes: p.stripes } : {}),
      search: fold([u.code, unitName(u, 'fr'), u.names.ar ?? '', u.names.en ?? '', u.names.zgh ?? ''].join(' ')),
    };
  });
}

export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f]/g, '')
    .toLowerCase();
}

export function filterRows(rows: TableRow[], query: string): TableRow[] {
  const q = fold(query.trim());
  return q ? rows.filter((r) => r.search.includes(q)) : rows;
}

/** Sorted copy; units without data always last, whatever the direction. */
export function sortRows(rows: TableRow[], sort: Sort, locale: string): TableRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.descending ? -1 : 1;
  const cmp = (a: TableRow, b: TableRow): number => {
    if (sort.key === 'value') {
      if (a.value !== null && b.value !== null) return sign * (a.value - b.value) || a.code.localeCompare(b.code);
      if (a.value !== null || b.value !== null) return a.value === null ? 1 : -1;
      // Categories: by their names; units without data last.
      if (a.text === null || b.text === null) return a.text === b.text ? a.code.localeCompare(b.code) : a.text === null ? 1 : -1;
      return sign * collator.compare(a.text, b.text) || a.code.localeCompare(b.code);
    }
    return sign * collator.compare(a[sort.key], b[sort.key]) || a.code.localeCompare(b.code);
  };
  return [...rows].sort(cmp);
}
