/**
 * Contiguous, balanced growth of regions on a graph: the same step makes communes out of mesh
 * cells, then provinces and cercles out of communes. Each region only ever takes a node next to
 * one it already holds, so every region is connected; the region furthest behind its target
 * grows first, so sizes stay balanced without being equal.
 */
export interface Graph {
  offsets: Int32Array;
  indices: Int32Array;
}

export interface GrowOptions {
  /** One start node per region. */
  seeds: readonly number[];
  /** Size of each node (area); a region's size is the sum over its nodes. */
  weight: ArrayLike<number>;
  /** Relative target size of each region (default 1). */
  target?: readonly number[];
  /** Size at which a region stops growing (a small town stays small). */
  cap?: readonly number[];
  /** Nodes that may be taken at all (default: every node). */
  allowed?: (node: number) => boolean;
  /** Order in which a region takes its frontier: lower first (distance to the seed, roughened). */
  cost: (region: number, node: number) => number;
}

/** Labels per node: the region index, or -1 for nodes not allowed. */
export function growRegions(graph: Graph, opts: GrowOptions): Int32Array {
  const n = graph.offsets.length - 1;
  const allowed = opts.allowed ?? (() => true);
  const labels = new Int32Array(n).fill(-1);
  const regions = opts.seeds.length;
  const size = new Float64Array(regions);
  const target = (r: number) => opts.target?.[r] ?? 1;
  const cap = (r: number) => opts.cap?.[r] ?? Number.POSITIVE_INFINITY;
  const heaps = opts.seeds.map((s, r) => {
    const h = new MinHeap();
    h.push(opts.cost(r, s), s);
    return h;
  });

  for (;;) {
    let best = -1;
    let bestRatio = Number.POSITIVE_INFINITY;
    for (let r = 0; r < regions; r++) {
      const ratio = (size[r] as number) / target(r);
      if ((heaps[r] as MinHeap).size > 0 && (size[r] as number) < cap(r) && ratio < bestRatio) {
        best = r;
        bestRatio = ratio;
      }
    }
    if (best < 0) break;
    const node = (heaps[best] as MinHeap).pop();
    if (labels[node] !== -1) continue;
    labels[node] = best;
    size[best] = (size[best] as number) + (opts.weight[node] as number);
    for (let k = graph.offsets[node] as number; k < (graph.offsets[node + 1] as number); k++) {
      const m = graph.indices[k] as number;
      if (labels[m] === -1 && allowed(m)) (heaps[best] as MinHeap).push(opts.cost(best, m), m);
    }
  }
  adoptLeftovers(graph, labels, allowed, opts.cost, regions);
  return labels;
}

/**
 * Nodes left over (walled in by regions that reached their cap) join a neighbouring region; a
 * node with no labelled neighbour at all (cut off by nodes not allowed) joins the cheapest region.
 */
function adoptLeftovers(
  graph: Graph,
  labels: Int32Array,
  allowed: (node: number) => boolean,
  cost: GrowOptions['cost'],
  regions: number,
) {
  const n = labels.length;
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (labels[i] !== -1 || !allowed(i)) continue;
      let best = -1;
      let bestCost = Number.POSITIVE_INFINITY;
      for (let k = graph.offsets[i] as number; k < (graph.offsets[i + 1] as number); k++) {
        const r = labels[graph.indices[k] as number] as number;
        if (r >= 0 && cost(r, i) < bestCost) {
          best = r;
          bestCost = cost(r, i);
        }
      }
      if (best >= 0) {
        labels[i] = best;
        changed = true;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (labels[i] !== -1 || !allowed(i)) continue;
    let best = 0;
    for (let r = 1; r < regions; r++) if (cost(r, i) < cost(best, i)) best = r;
    labels[i] = best;
  }
}

/** A binary min-heap of (key, node) pairs; ties go to the lower node, for determinism. */
export class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, node: number) {
    this.keys.push(key);
    this.nodes.push(node);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): number {
    const top = this.nodes[0] as number;
    const lastKey = this.keys.pop() as number;
    const lastNode = this.nodes.pop() as number;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.nodes[0] = lastNode;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.less(l, m)) m = l;
        if (r < this.keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a] as number;
    const kb = this.keys[b] as number;
    return ka < kb || (ka === kb && (this.nodes[a] as number) < (this.nodes[b] as number));
  }

  private swap(a: number, b: number) {
    [this.keys[a], this.keys[b]] = [this.keys[b] as number, this.keys[a] as number];
    [this.nodes[a], this.nodes[b]] = [this.nodes[b] as number, this.nodes[a] as number];
  }
}
