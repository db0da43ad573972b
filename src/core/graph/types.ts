/**
 * A spatial graph in compressed sparse row form: the neighbours of unit i are
 * `neighbors[offsets[i] .. offsets[i+1])`, sorted, each pair present in both directions. Built once
 * per territory version (boundaries) and kind, stored, and handed to every algorithm; never an n×n
 * matrix (35,000 French communes would need 1.2 billion cells).
 */
export interface SpatialGraph {
  /** Unit codes in row order. */
  codes: string[];
  offsets: Int32Array;
  neighbors: Int32Array;
  /** Length of the shared border in km, aligned with `neighbors` (0 for queen-only contacts). */
  borderKm: Float64Array;
  kind: 'queen' | 'rook';
  /** Snapping tolerance used to decide contact, in metres (0: exact shared vertices). */
  toleranceM: number;
  /** Units with no neighbour (after the island policy). */
  islands: Int32Array;
  /** Edges added by the island policy (linked to the nearest unit), as pairs [i, j, i, j…]. */
  addedLinks: Int32Array;
}

export type IslandPolicy = 'keep' | 'nearest';

export function degree(g: SpatialGraph, i: number): number {
  return (g.offsets[i + 1] as number) - (g.offsets[i] as number);
}

export function edgeCount(g: SpatialGraph): number {
  return g.neighbors.length / 2;
}
