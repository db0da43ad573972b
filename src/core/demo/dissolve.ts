import type { Mesh } from './mesh.ts';

/** A polygon as rings of mesh vertex ids: the shell (counter-clockwise) first, then its holes. */
export type VertexPolygon = number[][];

/**
 * Outlines of groups of mesh cells. Edges two cells of a group share cancel out; what remains is
 * chained into rings. Working on vertex ids rather than coordinates keeps it exact: a border is
 * the same list of vertices seen from either side.
 *
 * `groupOf(cell)` gives a cell's group (or -1); the result has one list of polygons per group.
 */
export function dissolveCells(mesh: Mesh, groups: number, groupOf: (cell: number) => number): VertexPolygon[][] {
  const stride = mesh.vx.length;
  const edges: Map<number, number>[] = Array.from({ length: groups }, () => new Map());
  for (let c = 0; c < mesh.count; c++) {
    const g = groupOf(c);
    if (g < 0) continue;
    const m = edges[g] as Map<number, number>;
    const start = mesh.ringOffsets[c] as number;
    const end = mesh.ringOffsets[c + 1] as number;
    for (let k = start; k < end; k++) {
      const a = mesh.ringVertices[k] as number;
      const b = mesh.ringVertices[k + 1 < end ? k + 1 : start] as number;
      // The neighbour inside the group walks this edge the other way round: drop both.
      if (m.has(b * stride + a)) m.delete(b * stride + a);
      else m.set(a * stride + b, b);
    }
  }
  return edges.map((m) => polygonsFromEdges(mesh, m, stride));
}

function polygonsFromEdges(mesh: Mesh, edges: Map<number, number>, stride: number): VertexPolygon[] {
  const out = new Map<number, number[]>();
  // Sorted keys: the rings start at the same vertex whatever the insertion order.
  for (const key of [...edges.keys()].sort((p, q) => p - q)) {
    const a = Math.floor(key / stride);
    const list = out.get(a);
    if (list) list.push(edges.get(key) as number);
    else out.set(a, [edges.get(key) as number]);
  }
  const rings: number[][] = [];
  for (const start of [...out.keys()].sort((p, q) => p - q)) {
    while ((out.get(start) as number[]).length > 0) {
      const walk = [start];
      let v = (out.get(start) as number[]).shift() as number;
      while (v !== start) {
        walk.push(v);
        const next = out.get(v);
        if (!next || next.length === 0) throw new Error('open boundary while dissolving cells');
        v = next.shift() as number;
      }
      rings.push(...splitAtRepeats(walk));
    }
  }
  const shells: { ring: number[]; area: number; holes: number[][] }[] = [];
  const holes: number[][] = [];
  for (const r of rings) {
    const a = signedArea(mesh, r);
    if (a > 0) shells.push({ ring: r, area: a, holes: [] });
    else holes.push(r);
  }
  for (const h of holes) {
    // The middle of a hole's edge is strictly inside its shell: edges are never shared by rings.
    const p = h[0] as number;
    const q = h[1] as number;
    const mx = ((mesh.vx[p] as number) + (mesh.vx[q] as number)) / 2;
    const my = ((mesh.vy[p] as number) + (mesh.vy[q] as number)) / 2;
    const owner = shells.filter((s) => containsPoint(mesh, s.ring, mx, my)).sort((s, t) => s.area - t.area)[0];
    if (!owner) throw new Error('hole outside every shell while dissolving cells');
    owner.holes.push(h);
  }
  return shells.map((s) => [s.ring, ...s.holes]);
}

/**
 * A walk that passes a vertex twice (two parts touching at a point) becomes simple rings, as
 * OGC validity wants: each loop between two visits is cut out as its own ring.
 */
function splitAtRepeats(walk: number[]): number[][] {
  const rings: number[][] = [];
  const stack: number[] = [];
  const at = new Map<number, number>();
  for (const v of walk) {
    const seen = at.get(v);
    if (seen !== undefined) {
      const loop = stack.splice(seen + 1);
      for (const u of loop) at.delete(u);
      rings.push([v, ...loop]);
    } else {
      at.set(v, stack.length);
      stack.push(v);
    }
  }
  rings.push(stack);
  return rings.filter((r) => r.length >= 3);
}

export function signedArea(mesh: Mesh, ring: readonly number[]): number {
  let a = 0;
  for (let k = 0; k < ring.length; k++) {
    const p = ring[k] as number;
    const q = ring[(k + 1) % ring.length] as number;
    a += (mesh.vx[p] as number) * (mesh.vy[q] as number) - (mesh.vx[q] as number) * (mesh.vy[p] as number);
  }
  return a / 2;
}

function containsPoint(mesh: Mesh, ring: readonly number[], px: number, py: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = mesh.vx[ring[i] as number] as number;
    const yi = mesh.vy[ring[i] as number] as number;
    const xj = mesh.vx[ring[j] as number] as number;
    const yj = mesh.vy[ring[j] as number] as number;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
