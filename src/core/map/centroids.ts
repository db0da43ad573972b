import { geoCentroid, geoContains } from 'd3-geo';
import { rewindForD3, signedArea } from './winding.ts';

export type LonLat = [number, number];

/**
 * Where a unit's label, symbol and flow ends sit. The centroid (d3 geoCentroid, on the sphere) is
 * right for most communes, but a crescent-shaped one, or one made of several islands, has its
 * centroid outside itself — a symbol would then sit on the neighbour. In that case the point is
 * taken inside the largest polygon: on the horizontal line through its centroid (or, failing
 * that, through other latitudes of its extent), the middle of the widest stretch inside it.
 */
export function unitCentroids(fc: GeoJSON.FeatureCollection): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  for (const f of fc.features) {
    const code = f.properties?.code ?? f.id;
    if (code === undefined || code === null || !f.geometry) continue;
    const p = pointInside(f.geometry);
    if (p) out.set(String(code), p);
  }
  return out;
}

export function pointInside(geometry: GeoJSON.Geometry): LonLat | null {
  const g = rewindForD3(geometry);
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
  if (!polygons || polygons.length === 0) return null;
  const c = geoCentroid(g) as LonLat;
  if (Number.isFinite(c[0]) && geoContains(g, c)) return c;
  const largest = polygons.reduce((a, b) => (Math.abs(signedArea(b[0] ?? [])) > Math.abs(signedArea(a[0] ?? [])) ? b : a));
  const own = geoCentroid({ type: 'Polygon', coordinates: largest }) as LonLat;
  const ys = bounds(largest[0] ?? []);
  for (const y of [own[1], ...[0.5, 0.3, 0.7, 0.1, 0.9].map((t) => ys[0] + t * (ys[1] - ys[0]))]) {
    const p = widestStretch(largest, y);
    if (p) return p;
  }
  return c;
}

function bounds(ring: GeoJSON.Position[]): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const p of ring) {
    lo = Math.min(lo, p[1] as number);
    hi = Math.max(hi, p[1] as number);
  }
  return [lo, hi];
}

/** Middle of the widest inside stretch of the line at latitude y (even–odd rule over all rings). */
function widestStretch(rings: GeoJSON.Position[][], y: number): LonLat | null {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j] as GeoJSON.Position;
      const b = ring[i] as GeoJSON.Position;
      const ay = a[1] as number;
      const by = b[1] as number;
      if (ay > y !== by > y) xs.push((a[0] as number) + ((y - ay) / (by - ay)) * ((b[0] as number) - (a[0] as number)));
    }
  }
  xs.sort((p, q) => p - q);
  let best: LonLat | null = null;
  let width = 0;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = (xs[i + 1] as number) - (xs[i] as number);
    if (w > width) {
      width = w;
      best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
    }
  }
  return best;
}
