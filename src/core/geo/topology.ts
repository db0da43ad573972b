import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Topology } from 'topojson-specification';

export interface TopologyOptions {
  /** Name of the object holding the features in the topology. */
  object?: string;
  /**
   * Web-map zoom the boundaries are drawn at: details smaller than about a pixel at that zoom
   * are dropped. Undefined keeps every vertex.
   */
  zoom?: number | null;
  /** Grid of the quantized coordinates: 1e5 steps across the extent (≈ 20 m over all Morocco). */
  quantization?: number;
}

/**
 * Boundaries as TopoJSON: each border shared by two neighbours is stored once as an arc, so it is
 * simplified once and the neighbours keep exactly the same line — no slivers, no gaps — and the
 * file is several times smaller than the GeoJSON.
 */
export function boundariesTopology(fc: GeoJSON.FeatureCollection, opts: TopologyOptions = {}): Topology {
  const name = opts.object ?? 'units';
  // Arcs are found on exact coordinates, simplified in degrees, then quantized (delta-encoded
  // integers): quantizing first would leave simplify() with absolute coordinates and weights.
  let topo = topology({ [name]: fc }) as unknown as Topology;
  if (opts.zoom !== undefined && opts.zoom !== null) {
    topo = simplify(presimplify(topo as never), minWeightForZoom(opts.zoom)) as unknown as Topology;
  }
  return quantize(topo as never, opts.quantization ?? 1e5) as unknown as Topology;
}

/**
 * Visvalingam weights are triangle areas in the quantized plane's units (degrees here): a vertex
 * goes when its triangle is smaller than a quarter pixel² at that zoom (256-px tiles).
 */
export function minWeightForZoom(zoom: number): number {
  const degreesPerPixel = 360 / (256 * 2 ** zoom);
  return (degreesPerPixel * degreesPerPixel) / 4;
}
