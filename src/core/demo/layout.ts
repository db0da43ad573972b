import { type Graph, growRegions } from './grow.ts';
import { buildMesh, csr, type Mesh } from './mesh.ts';
import type { Rng } from './random.ts';

/**
 * The shape of the demo territory, before names and numbers: which mesh cells make each commune,
 * and which communes make each province and cercle. Towns are placed first and kept small;
 * rural communes grow around them; provinces grow from their capital over whole communes, and
 * cercles from well-spread rural communes of their province — so every border above the commune
 * follows commune borders, as in Morocco.
 */
export interface LayoutCommune {
  kind: 'urban' | 'rural';
  /** Province capital (chef-lieu): the largest town of its province. */
  capital: boolean;
  /** Area-weighted centre of the commune's cells (km). */
  x: number;
  y: number;
  areaKm2: number;
  province: number;
  /** Cercle index within the whole territory; -1 for urban communes, which have none. */
  cercle: number;
}

export interface Layout {
  mesh: Mesh;
  communeOf: Int32Array;
  communes: LayoutCommune[];
  /** Communes sharing a border. */
  adjacency: Graph;
  /** The rural commune each cercle grew from (its chef-lieu, which names it). */
  cercleSeats: number[];
  cercleProvince: number[];
}

export interface LayoutOptions {
  rx: number;
  ry: number;
  spacing: number;
  smallTowns: number;
  ruralCommunes: number;
  cerclesPerProvince: number;
}

export function buildLayout(rng: Rng, o: LayoutOptions): Layout {
  const mesh = buildMesh(rng, { rx: o.rx, ry: o.ry, spacing: o.spacing });
  const cellGraph: Graph = { offsets: mesh.adjOffsets, indices: mesh.adjIndices };
  const dist = (a: number, b: number) =>
    Math.hypot((mesh.x[a] as number) - (mesh.x[b] as number), (mesh.y[a] as number) - (mesh.y[b] as number));
  const nearestCell = (px: number, py: number) => {
    let best = 0;
    for (let c = 1; c < mesh.count; c++) {
      if (
        Math.hypot((mesh.x[c] as number) - px, (mesh.y[c] as number) - py) <
        Math.hypot((mesh.x[best] as number) - px, (mesh.y[best] as number) - py)
      )
        best = c;
    }
    return best;
  };

  // Two capitals, one in each half, so that the provinces split the region west and east.
  const seeds = [
    nearestCell(-o.rx * rng.uniform(0.3, 0.5), o.ry * rng.uniform(-0.25, 0.25)),
    nearestCell(o.rx * rng.uniform(0.3, 0.5), o.ry * rng.uniform(-0.25, 0.25)),
  ];
  spreadSeeds(rng, mesh.count, seeds, o.smallTowns, 20, dist);
  const towns = seeds.length;
  spreadSeeds(rng, mesh.count, seeds, o.ruralCommunes, 10, dist);

  const totalArea = mesh.area.reduce((s, a) => s + a, 0);
  const townArea = seeds.map((_, r) => (r === 0 ? rng.uniform(40, 60) : r === 1 ? rng.uniform(30, 45) : rng.uniform(8, 22)));
  const urbanTotal = townArea.slice(0, towns).reduce((s, a) => s + a, 0);
  const ruralMean = (totalArea - urbanTotal) / o.ruralCommunes;
  const target = seeds.map((_, r) => (r < towns ? (townArea[r] as number) : ruralMean * rng.logNormal(1, 0.3, 0.5, 2)));
  const cap = seeds.map((_, r) => (r < towns ? (townArea[r] as number) : Number.POSITIVE_INFINITY));
  // A fixed roughness per cell makes borders wander instead of following straight bisectors.
  const rough = Float64Array.from({ length: mesh.count }, () => rng.uniform(0.8, 1.25));
  const communeOf = growRegions(cellGraph, {
    seeds,
    weight: mesh.area,
    target,
    cap,
    cost: (r, c) => dist(seeds[r] as number, c) * (rough[c] as number),
  });

  const communes: LayoutCommune[] = seeds.map((_, r) => ({
    kind: r < towns ? 'urban' : 'rural',
    capital: r < 2,
    x: 0,
    y: 0,
    areaKm2: 0,
    province: -1,
    cercle: -1,
  }));
  const links: [number, number][] = [];
  for (let c = 0; c < mesh.count; c++) {
    const k = communes[communeOf[c] as number] as LayoutCommune;
    const a = mesh.area[c] as number;
    k.x += (mesh.x[c] as number) * a;
    k.y += (mesh.y[c] as number) * a;
    k.areaKm2 += a;
    for (let e = mesh.adjOffsets[c] as number; e < (mesh.adjOffsets[c + 1] as number); e++) {
      const d = mesh.adjIndices[e] as number;
      if (communeOf[d] !== communeOf[c]) links.push([communeOf[c] as number, communeOf[d] as number]);
    }
  }
  for (const k of communes) {
    k.x /= k.areaKm2;
    k.y /= k.areaKm2;
  }
  const adjacency = csr(communes.length, links);
  const cdist = (a: number, b: number) => {
    const p = communes[a] as LayoutCommune;
    const q = communes[b] as LayoutCommune;
    return Math.hypot(p.x - q.x, p.y - q.y);
  };
  const noise = communes.map(() => rng.uniform(0.9, 1.1));
  const areas = communes.map((k) => k.areaKm2);

  const provinceOf = growRegions(adjacency, {
    seeds: [0, 1],
    weight: areas,
    target: [1, rng.uniform(0.75, 0.95)],
    cost: (r, k) => cdist(r, k) * (noise[k] as number),
  });
  communes.forEach((k, i) => {
    k.province = provinceOf[i] as number;
  });

  const cercleSeats: number[] = [];
  const cercleProvince: number[] = [];
  for (let p = 0; p < 2; p++) {
    const rural = (i: number) => (communes[i] as LayoutCommune).kind === 'rural' && provinceOf[i] === p;
    const candidates = communes.map((_, i) => i).filter(rural);
    // Farthest-point seeds, so that cercles divide the province evenly.
    const local = [rng.pick(candidates)];
    while (local.length < o.cerclesPerProvince) {
      const far = (i: number) => Math.min(...local.map((s) => cdist(s, i)));
      local.push(candidates.reduce((best, i) => (far(i) > far(best) ? i : best)));
    }
    const labels = growRegions(adjacency, {
      seeds: local,
      weight: areas,
      allowed: rural,
      cost: (r, k) => cdist(local[r] as number, k) * (noise[k] as number),
    });
    const base = cercleSeats.length;
    labels.forEach((l, i) => {
      if (l >= 0) (communes[i] as LayoutCommune).cercle = base + l;
    });
    for (const s of local) {
      cercleSeats.push(s);
      cercleProvince.push(p);
    }
  }
  return { mesh, communeOf, communes, adjacency, cercleSeats, cercleProvince };
}

/**
 * Mitchell's best-candidate sampling: each new seed is, of a few random cells, the one farthest
 * from the seeds already placed — evenly spread without looking like a grid.
 */
function spreadSeeds(
  rng: Rng,
  cells: number,
  seeds: number[],
  count: number,
  candidates: number,
  dist: (a: number, b: number) => number,
) {
  for (let n = 0; n < count; n++) {
    let best = -1;
    let bestDist = -1;
    for (let k = 0; k < candidates; k++) {
      const c = rng.int(0, cells - 1);
      if (seeds.includes(c)) continue;
      const d = Math.min(...seeds.map((s) => dist(s, c)));
      if (d > bestDist) {
        best = c;
        bestDist = d;
      }
    }
    if (best < 0) throw new Error('no room left for another commune seed');
    seeds.push(best);
  }
}
