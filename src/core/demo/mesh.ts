import { Delaunay } from 'd3-delaunay';
import type { Rng } from './random.ts';

/**
 * The fine mesh every demo boundary is made of: Voronoi cells of a jittered grid of sites,
 * kept where the site falls inside a noisy outline. Communes, cercles and provinces are unions
 * of these cells, so two neighbours always share the very same vertices — no gap, no overlap,
 * no tolerance needed. Coordinates are kilometres on a local plane (x east, y north).
 */
export interface Mesh {
  /** Number of cells kept. */
  count: number;
  /** Site of each cell (km). */
  x: Float64Array;
  y: Float64Array;
  area: Float64Array;
  /** Cell rings, counter-clockwise, as ids into vx/vy (Voronoi vertices), in CSR form. */
  ringOffsets: Int32Array;
  ringVertices: Int32Array;
  vx: Float64Array;
  vy: Float64Array;
  /** Cells sharing an edge, in CSR form. */
  adjOffsets: Int32Array;
  adjIndices: Int32Array;
}

export interface MeshOptions {
  /** Half-width and half-height of the outline's base ellipse (km). */
  rx: number;
  ry: number;
  /** Distance between grid sites (km). */
  spacing: number;
}

export function buildMesh(rng: Rng, opts: MeshOptions): Mesh {
  const outline = noisyOutline(rng, opts.rx, opts.ry);
  // The grid reaches well beyond the outline, so no kept cell touches the convex hull (whose
  // Voronoi cells are unbounded and would be clipped by a viewport, breaking shared vertices).
  const halfW = opts.rx * 1.4;
  const halfH = opts.ry * 1.4;
  const s = opts.spacing;
  const coords: number[] = [];
  for (let gy = -halfH; gy <= halfH; gy += s) {
    for (let gx = -halfW; gx <= halfW; gx += s) coords.push(gx + rng.uniform(-0.4, 0.4) * s, gy + rng.uniform(-0.4, 0.4) * s);
  }
  const delaunay = new Delaunay(Float64Array.from(coords));
  const voronoi = delaunay.voronoi([-halfW - s, -halfH - s, halfW + s, halfH + s]);
  const cc = voronoi.circumcenters;
  const n = coords.length / 2;
  const sx = (i: number) => coords[2 * i] as number;
  const sy = (i: number) => coords[2 * i + 1] as number;

  const rings: (number[] | null)[] = new Array(n).fill(null);
  const inside = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!pointInRing(sx(i), sy(i), outline)) continue;
    rings[i] = cellTriangles(delaunay, i);
    inside[i] = rings[i] ? 1 : 0;
  }
  fillPockets(delaunay, inside, n);
  for (let i = 0; i < n; i++) if (inside[i] && !rings[i]) rings[i] = cellTriangles(delaunay, i);
  keepLargestComponent(delaunay, inside, n);

  const kept: number[] = [];
  for (let i = 0; i < n; i++) if (inside[i] && rings[i]) kept.push(i);
  const count = kept.length;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const area = new Float64Array(count);
  const ringOffsets = new Int32Array(count + 1);
  const ringList: number[] = [];
  const edgeOwner = new Map<number, number>();
  const links: [number, number][] = [];
  const tri = cc.length / 2;
  kept.forEach((site, c) => {
    x[c] = sx(site);
    y[c] = sy(site);
    let ring = rings[site] as number[];
    let a = ringArea(ring, cc);
    if (a < 0) {
      ring = [...ring].reverse();
      a = -a;
    }
    area[c] = a;
    ring.forEach((v, k) => {
      ringList.push(v);
      const w = ring[(k + 1) % ring.length] as number;
      const key = Math.min(v, w) * tri + Math.max(v, w);
      const other = edgeOwner.get(key);
      if (other === undefined) edgeOwner.set(key, c);
      else links.push([other, c]);
    });
    ringOffsets[c + 1] = ringList.length;
  });
  const { offsets: adjOffsets, indices: adjIndices } = csr(count, links);
  const vx = new Float64Array(tri);
  const vy = new Float64Array(tri);
  for (let t = 0; t < tri; t++) {
    vx[t] = cc[2 * t] as number;
    vy[t] = cc[2 * t + 1] as number;
  }
  return { count, x, y, area, ringOffsets, ringVertices: Int32Array.from(ringList), vx, vy, adjOffsets, adjIndices };
}

/**
 * A star-shaped outline: an ellipse whose radius wobbles with a few random harmonics, enough to
 * look like a region shaped by valleys and ridges while staying a simple polygon.
 */
export function noisyOutline(rng: Rng, rx: number, ry: number, points = 240): [number, number][] {
  // Low harmonics bend the whole shape, higher ones cut bays and capes along the border.
  const harmonics = [2, 3, 4, 5, 6, 7, 9, 11, 13].map((k) => ({
    k,
    a: rng.uniform(0.1, 0.4) / k,
    phase: rng.uniform(0, 2 * Math.PI),
  }));
  const ring: [number, number][] = [];
  for (let p = 0; p < points; p++) {
    const t = (2 * Math.PI * p) / points;
    // Clamped so the outline stays inside the grid of sites (1.4 times the ellipse).
    const r = Math.min(1.3, Math.max(0.6, 1 + harmonics.reduce((sum, h) => sum + h.a * Math.sin(h.k * t + h.phase), 0)));
    ring.push([rx * r * Math.cos(t), ry * r * Math.sin(t)]);
  }
  return ring;
}

/** The Voronoi cell of a site as the triangles around it (their circumcentres are its vertices). */
function cellTriangles(delaunay: Delaunay<Delaunay.Point>, i: number): number[] | null {
  const { inedges, halfedges, triangles } = delaunay;
  const e0 = inedges[i] as number;
  if (e0 === -1) return null;
  const ring: number[] = [];
  let e = e0;
  do {
    ring.push(Math.floor(e / 3));
    e = e % 3 === 2 ? e - 2 : e + 1;
    if (triangles[e] !== i) return null;
    e = halfedges[e] as number;
    // -1: the site is on the hull, its cell is unbounded.
    if (e === -1) return null;
  } while (e !== e0);
  return ring;
}

/** Outside sites that cannot reach the hull are enclosed pockets: make them part of the region. */
function fillPockets(delaunay: Delaunay<Delaunay.Point>, inside: Uint8Array, n: number) {
  const reached = new Uint8Array(n);
  const queue: number[] = [];
  for (const h of delaunay.hull) {
    if (!inside[h] && !reached[h]) {
      reached[h] = 1;
      queue.push(h);
    }
  }
  while (queue.length > 0) {
    const i = queue.pop() as number;
    for (const j of delaunay.neighbors(i)) {
      if (!inside[j] && !reached[j]) {
        reached[j] = 1;
        queue.push(j);
      }
    }
  }
  for (let i = 0; i < n; i++) if (!inside[i] && !reached[i]) inside[i] = 1;
}

/** Small islands cut off by the noisy outline are dropped: the demo region is one piece. */
function keepLargestComponent(delaunay: Delaunay<Delaunay.Point>, inside: Uint8Array, n: number) {
  const comp = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!inside[i] || comp[i] !== -1) continue;
    const id = sizes.length;
    let size = 0;
    const stack = [i];
    comp[i] = id;
    while (stack.length > 0) {
      const a = stack.pop() as number;
      size++;
      for (const b of delaunay.neighbors(a)) {
        if (inside[b] && comp[b] === -1) {
          comp[b] = id;
          stack.push(b);
        }
      }
    }
    sizes.push(size);
  }
  const best = sizes.indexOf(Math.max(...sizes));
  for (let i = 0; i < n; i++) if (comp[i] !== best) inside[i] = 0;
}

function ringArea(ring: readonly number[], cc: Float64Array): number {
  let a = 0;
  for (let k = 0; k < ring.length; k++) {
    const p = ring[k] as number;
    const q = ring[(k + 1) % ring.length] as number;
    a += (cc[2 * p] as number) * (cc[2 * q + 1] as number) - (cc[2 * q] as number) * (cc[2 * p + 1] as number);
  }
  return a / 2;
}

export function pointInRing(px: number, py: number, ring: readonly (readonly [number, number])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Undirected links to compressed sparse rows, neighbours in ascending order. */
export function csr(count: number, links: readonly (readonly [number, number])[]): { offsets: Int32Array; indices: Int32Array } {
  const lists: number[][] = Array.from({ length: count }, () => []);
  for (const [a, b] of links) {
    if (a === b) continue;
    const la = lists[a] as number[];
    const lb = lists[b] as number[];
    if (!la.includes(b)) la.push(b);
    if (!lb.includes(a)) lb.push(a);
  }
  const offsets = new Int32Array(count + 1);
  const indices: number[] = [];
  lists.forEach((l, i) => {
    indices.push(...l.sort((p, q) => p - q));
    offsets[i + 1] = indices.length;
  });
  return { offsets, indices: Int32Array.from(indices) };
}
