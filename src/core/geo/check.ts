import type { Issue } from '../validation/issues.ts';
import { issue } from '../validation/issues.ts';
import type { PolygonalGeometry, SourceRef } from '../territory/types.ts';

/**
 * Structural checks a boundary must pass before it is handed to PostGIS: the right type, rings of
 * at least four finite positions, longitudes and latitudes in range. Validity in the OGC sense
 * (self-intersections) is checked and repaired in the database, where GEOS does it properly.
 */
export function checkPolygonal(
  geometry: unknown,
  where: SourceRef & { unit?: string },
): { geometry?: PolygonalGeometry; issues: Issue[] } {
  const at = { file: where.file, row: where.row ?? undefined, unit: where.unit };
  if (geometry === null || geometry === undefined) return { issues: [issue('geometry_missing', at)] };
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    return { issues: [issue('geometry_not_polygonal', { ...at, params: { type: String(g.type) } })] };
  }
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown;
  if (!Array.isArray(polygons) || polygons.length === 0) {
    return { issues: [issue('geometry_malformed', { ...at, params: { reason: 'no polygons' } })] };
  }
  for (const poly of polygons) {
    if (!Array.isArray(poly) || poly.length === 0) {
      return { issues: [issue('geometry_malformed', { ...at, params: { reason: 'empty polygon' } })] };
    }
    for (const ring of poly) {
      const problem = ringProblem(ring);
      if (problem === 'range') {
        const bad = firstOutOfRange(ring as number[][]);
        return {
          issues: [issue('coordinates_out_of_range', { ...at, params: { lon: bad?.[0] ?? null, lat: bad?.[1] ?? null } })],
        };
      }
      if (problem) return { issues: [issue('geometry_malformed', { ...at, params: { reason: problem } })] };
    }
  }
  return { geometry: geometry as PolygonalGeometry, issues: [] };
}

function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring)) return 'ring is not an array';
  if (ring.length < 4) return 'ring with fewer than 4 positions';
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2) return 'position is not a pair';
    const [x, y] = p as unknown[];
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      return 'non-numeric coordinate';
    }
    if (x < -180 || x > 180 || y < -90 || y > 90) return 'range';
  }
  const a = ring[0] as number[];
  const b = ring[ring.length - 1] as number[];
  if (a[0] !== b[0] || a[1] !== b[1]) return 'ring not closed';
  return null;
}

function firstOutOfRange(ring: number[][]): number[] | undefined {
  return ring.find((p) => {
    const x = p[0] ?? 0;
    const y = p[1] ?? 0;
    return x < -180 || x > 180 || y < -90 || y > 90;
  });
}
