import type { MapData, MapUnit } from '../data.ts';
import type { CategoryLayer } from '../document.ts';
import type { CategoryEntry } from '../legend.ts';
import { categoryColors, NO_DATA_COLOR, NO_FILL } from '../palettes.ts';
import type { LayerPainter, PaintedUnit } from './types.ts';

interface Category {
  key: string;
  label: CategoryEntry['label'];
  labelKey?: string;
}

/**
 * Categories: urban/rural (`kind`), the unit above at a level (`ancestor`: province…), or
 * membership of cooperation bodies. A commune may belong to several bodies: it is filled with the
 * first body's colour and carries `stripes` with all of them, so exports stripe it and the browser
 * can too; a commune in none is left unfilled (it is not missing data: it simply has no body).
 */
export const paintCategories: LayerPainter<CategoryLayer> = (layer, index, { data }) => {
  const { of, categories } = categorize(layer, data);
  const colors = categoryColors(categories.length, layer.palette.scheme);
  if (layer.palette.reverse) colors.reverse();
  const color = new Map(categories.map((c, i) => [c.key, colors[i] as string]));
  const counts = new Map<string, number>();
  const units = new Map<string, Partial<PaintedUnit>>();
  let none = 0;
  let noData = 0;
  let multiple = 0;
  for (const u of data.units) {
    const keys = of(u);
    if (keys === null) {
      noData++;
      units.set(u.code, { fill: null });
      continue;
    }
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    if (keys.length === 0) {
      none++;
      units.set(u.code, { fill: NO_FILL, category: [] });
    } else if (keys.length === 1) {
      units.set(u.code, { fill: color.get(keys[0] as string) as string, category: keys });
    } else {
      multiple++;
      const stripes = keys.map((k) => color.get(k) as string);
      units.set(u.code, { fill: stripes[0] as string, stripes, category: keys });
    }
  }
  const cooperation = layer.by.kind === 'cooperation';
  return {
    units,
    fillsAreas: true,
    legend: {
      type: 'categories',
      layer: index,
      title: { kind: 'categories', by: layer.by, level: data.level },
      categories: categories.map((c) => ({ ...c, color: color.get(c.key) as string, count: counts.get(c.key) ?? 0 })),
      noData: { color: NO_DATA_COLOR, count: noData },
      ...(cooperation ? { none: { color: NO_FILL, count: none }, multiple } : {}),
    },
  };
};

/** The categories of a layer, in legend order, and the keys of each unit (null: unknown). */
function categorize(layer: CategoryLayer, data: MapData): { of: (u: MapUnit) => string[] | null; categories: Category[] } {
  const by = layer.by;
  if (by.kind === 'kind') {
    const keys = [...new Set(data.units.map((u) => u.kind).filter((k): k is string => !!k))].sort(byKindOrder);
    return {
      of: (u) => (u.kind ? [u.kind] : null),
      categories: keys.map((k) => ({ key: k, label: { fr: k, ar: k, en: k }, labelKey: `common:kinds.${k}` })),
    };
  }
  if (by.kind === 'ancestor') {
    const keyOf = (u: MapUnit) => (data.level === by.level ? u.code : (u.ancestors[by.level] ?? null));
    const keys = [...new Set(data.units.map(keyOf).filter((k): k is string => k !== null))].sort();
    const own = new Map(data.units.map((u) => [u.code, u.names]));
    return {
      of: (u) => {
        const k = keyOf(u);
        return k === null ? null : [k];
      },
      categories: keys.map((k) => {
        const n = data.ancestorNames[k] ?? own.get(k);
        const fr = n?.fr ?? n?.ar ?? k;
        return { key: k, label: { fr, ar: n?.ar ?? fr, en: n?.en ?? fr } };
      }),
    };
  }
  const type = by.bodyType?.toLowerCase();
  const members = data.memberships.filter((m) => !type || m.type.toLowerCase() === type);
  const bodies = new Map<string, string>();
  const ofUnit = new Map<string, string[]>();
  for (const m of members) {
    bodies.set(m.body, m.name);
    const list = ofUnit.get(m.unit) ?? [];
    if (!list.includes(m.body)) list.push(m.body);
    ofUnit.set(m.unit, list);
  }
  const order = [...bodies.keys()].sort(
    (a, b) => (bodies.get(a) as string).localeCompare(bodies.get(b) as string, 'fr') || a.localeCompare(b),
  );
  const rank = new Map(order.map((b, i) => [b, i]));
  return {
    of: (u) => [...(ofUnit.get(u.code) ?? [])].sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number)),
    categories: order.map((b) => {
      const name = bodies.get(b) as string;
      return { key: b, label: { fr: name, ar: name, en: name } };
    }),
  };
}

/** Urban before rural, then alphabetical: the order planners read them in. */
function byKindOrder(a: string, b: string): number {
  const rank = (k: string) => (k === 'urban' ? 0 : k === 'rural' ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b);
}
