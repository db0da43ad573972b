import type { MapFlow } from './data.ts';
import type { FlowLayer } from './document.ts';
import { flowWidth } from './layers/flows.ts';
import type { LonLat } from './centroids.ts';

export { type LonLat, unitCentroids } from './centroids.ts';

export interface FlowProperties {
  origin: string;
  destination: string;
  value: number;
  /** Line width in pixels: ∝ value, `maxWidth` for the largest flow drawn. */
  width: number;
}

/** Points per arc: enough for a smooth curve at any zoom of a region, few enough for thousands of flows. */
const ARC_POINTS = 17;
/** Sideways bend of an arc, as a share of its length. */
const BEND = 0.12;

/**
 * Flows as lines between the units' centroids, width ∝ value, those under `minValue` left out
 * (as are flows to self and flows whose ends have no geometry). Each line bends slightly to the
 * right of its direction, so A→B and B→A are two visible curves instead of one line drawn twice.
 * The curve is a quadratic Bézier in a local plane where a degree of longitude is shrunk by
 * cos(latitude), so the bend looks the same in every direction on a Mercator map. Features come
 * largest first: drawn in that order, small flows stay visible on top of large ones.
 */
export function flowLines(
  flows: MapFlow[],
  centroids: Map<string, LonLat>,
  layer: FlowLayer,
): GeoJSON.FeatureCollection<GeoJSON.LineString, FlowProperties> {
  const kept = flows.filter(
    (f) =>
      f.value >= layer.minValue &&
      f.value > 0 &&
      f.origin !== f.destination &&
      centroids.has(f.origin) &&
      centroids.has(f.destination),
  );
  const max = kept.reduce((m, f) => Math.max(m, f.value), 0);
  kept.sort((a, b) => b.value - a.value);
  return {
    type: 'FeatureCollection',
    features: kept.map((f) => ({
      type: 'Feature',
      properties: {
        origin: f.origin,
        destination: f.destination,
        value: f.value,
        width: flowWidth(f.value, max, layer.maxWidth),
      },
      geometry: {
        type: 'LineString',
        coordinates: arc(centroids.get(f.origin) as LonLat, centroids.get(f.destination) as LonLat),
      },
    })),
  };
}

export function arc(a: LonLat, b: LonLat): LonLat[] {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  const dx = (b[0] - a[0]) * k;
  const dy = b[1] - a[1];
  // Right of the direction (dx, dy) is (dy, −dx).
  const cx = (a[0] + b[0]) / 2 + (dy * BEND) / k;
  const cy = (a[1] + b[1]) / 2 - dx * BEND;
  return Array.from({ length: ARC_POINTS }, (_, i) => {
    const t = i / (ARC_POINTS - 1);
    const u = 1 - t;
    return [u * u * a[0] + 2 * u * t * cx + t * t * b[0], u * u * a[1] + 2 * u * t * cy + t * t * b[1]] as LonLat;
  });
}
