import type { Layout, LayoutCommune } from './layout.ts';
import type { Rng } from './random.ts';

/** A demo cooperation body, with members as commune or province indices. */
export interface DemoBody {
  kind: 'eci' | 'gct';
  /** The commune the body is named after and seated in. */
  seat: number;
  communes: number[];
  provinces: number[];
  competences: string[];
  createdOn: string;
}

/**
 * Two bodies a planner would expect to find: an ECI for drinking water and sanitation that
 * groups a small town with the contiguous rural communes around it, and a GCT for rural roads
 * and transport that straddles the border between the two provinces, with both provinces as
 * members — the kind of cross-boundary cooperation the app is meant to help plan.
 */
export function drawBodies(rng: Rng, layout: Layout): DemoBody[] {
  const { communes } = layout;
  const neighbours = (i: number) => {
    const { offsets, indices } = layout.adjacency;
    return Array.from(indices.subarray(offsets[i] as number, offsets[i + 1] as number));
  };
  const d = (a: number, b: number) => {
    const p = communes[a] as LayoutCommune;
    const q = communes[b] as LayoutCommune;
    return Math.hypot(p.x - q.x, p.y - q.y);
  };

  // ECI: a small town (not a capital) and its closest neighbours, grown ring by ring so that the
  // group stays contiguous.
  const smallTowns = communes.map((_, i) => i).filter((i) => communes[i]?.kind === 'urban' && !communes[i]?.capital);
  const town = rng.pick(smallTowns);
  const eci = growAround(town, rng.int(6, 9), neighbours, (i) => d(town, i));

  // GCT: communes touching the other province, closest to the middle of that border.
  const border = communes
    .map((_, i) => i)
    .filter((i) => neighbours(i).some((j) => communes[j]?.province !== communes[i]?.province));
  const mid = border.reduce(
    (m, i) => ({
      x: m.x + (communes[i] as LayoutCommune).x / border.length,
      y: m.y + (communes[i] as LayoutCommune).y / border.length,
    }),
    { x: 0, y: 0 },
  );
  const fromMid = (i: number) => Math.hypot((communes[i] as LayoutCommune).x - mid.x, (communes[i] as LayoutCommune).y - mid.y);
  const seat = border.reduce((best, i) => (fromMid(i) < fromMid(best) ? i : best));
  const gct = growAround(seat, rng.int(7, 10), (i) => neighbours(i).filter((j) => border.includes(j)), fromMid);

  return [
    {
      kind: 'eci',
      seat: town,
      communes: eci,
      provinces: [],
      competences: ['water', 'sanitation'],
      createdOn: date(rng, 2016, 2019),
    },
    {
      kind: 'gct',
      seat,
      communes: gct,
      provinces: [0, 1],
      competences: ['roads', 'transport'],
      createdOn: date(rng, 2020, 2023),
    },
  ];
}

/** Breadth-first from a commune, taking the closest frontier commune each time. */
function growAround(start: number, size: number, neighbours: (i: number) => number[], cost: (i: number) => number): number[] {
  const members = [start];
  while (members.length < size) {
    const frontier = [...new Set(members.flatMap(neighbours))].filter((i) => !members.includes(i));
    if (frontier.length === 0) break;
    members.push(frontier.reduce((best, i) => (cost(i) < cost(best) ? i : best)));
  }
  return members;
}

function date(rng: Rng, fromYear: number, toYear: number): string {
  const m = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  return `${rng.int(fromYear, toYear)}-${m}-${day}`;
}
