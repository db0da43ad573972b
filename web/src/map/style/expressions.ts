import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * A value per unit as one `match` on its code, grouped by value: `['match', code, [a, b], red,
 * [c], blue, fallback]`. The style then carries each colour (or radius) once, class by class, and
 * a change of palette patches one paint property instead of re-sending the geometry.
 */
export function byCode<T extends string | number>(
  values: Iterable<[string, T | null | undefined]>,
  fallback: T,
): ExpressionSpecification | T {
  const groups = new Map<T, string[]>();
  for (const [code, v] of values) {
    if (v === null || v === undefined || v === fallback) continue;
    const list = groups.get(v);
    if (list) list.push(code);
    else groups.set(v, [code]);
  }
  if (groups.size === 0) return fallback;
  const branches = [...groups].flatMap(([v, codes]) => [codes, v]);
  return ['match', ['get', 'code'], ...branches, fallback] as unknown as ExpressionSpecification;
}

/** A filter keeping the units whose code is in `codes`. */
export function codeIn(codes: string[]): ExpressionSpecification {
  return ['in', ['get', 'code'], ['literal', codes]];
}
