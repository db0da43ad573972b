import type { MapData, MapUnit } from './data.ts';
import type { Variable } from './document.ts';

/**
 * The number each unit shows for a variable. A unit without a value is `null`, never 0: no-data
 * is drawn as such (hatched), and a zero that was never measured would be a lie on the map.
 *
 * - `year` given: that year; absent: each unit's latest year with a non-null value (the legend
 *   lists the years actually used, see `variableYears`).
 * - `per: 'area'`: divided by the unit's area in km² (density).
 * - `per: { indicator }`: divided by that indicator in the same year (a ratio).
 * - `scale`: multiplied afterwards (100 for a percentage).
 * A missing, zero or non-finite denominator gives `null`.
 */
export function variableValues(data: MapData, v: Variable): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const u of data.units) out.set(u.code, unitValue(u, v)?.value ?? null);
  return out;
}

/** The years the values of `variableValues` come from, ascending (one, unless `year` is absent). */
export function variableYears(data: MapData, v: Variable): number[] {
  const years = new Set<number>();
  for (const u of data.units) {
    const r = unitValue(u, v);
    if (r) years.add(r.year);
  }
  return [...years].sort((a, b) => a - b);
}

/** Every year in which at least one unit has a value of the variable (for a year picker). */
export function availableYears(data: MapData, v: Variable): number[] {
  const years = new Set<number>();
  for (const u of data.units) {
    for (const y of Object.keys(u.values[v.indicator] ?? {})) {
      if (unitValue(u, { ...v, year: Number(y) })) years.add(Number(y));
    }
  }
  return [...years].sort((a, b) => a - b);
}

function unitValue(u: MapUnit, v: Variable): { value: number; year: number } | null {
  const series = u.values[v.indicator];
  if (!series) return null;
  const year = v.year ?? latestYear(series);
  if (year === null) return null;
  const x = series[String(year)];
  if (x === null || x === undefined || !Number.isFinite(x)) return null;
  let value = x;
  if (v.per === 'area') {
    if (!u.areaKm2 || !Number.isFinite(u.areaKm2)) return null;
    value = x / u.areaKm2;
  } else if (v.per) {
    const d = u.values[v.per.indicator]?.[String(year)];
    if (d === null || d === undefined || d === 0 || !Number.isFinite(d)) return null;
    value = x / d;
  }
  value *= v.scale ?? 1;
  return Number.isFinite(value) ? { value, year } : null;
}

function latestYear(series: Record<string, number | null>): number | null {
  let best: number | null = null;
  for (const [y, x] of Object.entries(series)) {
    if (x === null || !Number.isFinite(x)) continue;
    const n = Number(y);
    if (best === null || n > best) best = n;
  }
  return best;
}
