import type { LayoutCommune } from './layout.ts';
import type { Rng } from './random.ts';

export interface DemoFlow {
  origin: number;
  destination: number;
  workers: number;
}

/**
 * Home–work commuting from a gravity model towards the towns: from commune i, the workers who
 * leave go to town j in proportion to jobs(j) / d(i,j)², and how many leave grows with how close
 * and large the towns around are. What stays is the flow from a commune to itself, so analyses
 * such as self-containment have something to measure. Pairs under a handful of workers are
 * dropped, as census tables do.
 */
export function gravityFlows(
  rng: Rng,
  communes: readonly LayoutCommune[],
  population: readonly number[],
  minWorkers = 30,
): DemoFlow[] {
  const towns = communes.map((_, i) => i).filter((i) => communes[i]?.kind === 'urban');
  // Towns concentrate jobs: more per inhabitant than the countryside.
  const jobs = (j: number) => (population[j] as number) * ((communes[j] as LayoutCommune).capital ? 0.45 : 0.35);
  const flows: DemoFlow[] = [];
  communes.forEach((c, i) => {
    const workers = (population[i] as number) * (c.kind === 'urban' ? 0.33 : 0.28);
    const pull = towns
      .filter((j) => j !== i)
      .map((j) => {
        const t = communes[j] as LayoutCommune;
        // 4 km floor: neighbouring centres are not a zero distance apart.
        const d = Math.max(4, Math.hypot(c.x - t.x, c.y - t.y));
        return { j, g: jobs(j) / (d * d) };
      });
    const total = pull.reduce((s, p) => s + p.g, 0);
    // Share of workers leaving: from 3 % in remote places to 40 % beside a capital.
    const share = Math.min(0.4, 0.03 + (total / (total + 400)) * 0.5) * rng.uniform(0.8, 1.2);
    let leaving = 0;
    for (const p of pull) {
      const value = Math.round(workers * share * (p.g / total));
      if (value < minWorkers) continue;
      flows.push({ origin: i, destination: p.j, workers: value });
      leaving += value;
    }
    flows.push({ origin: i, destination: i, workers: Math.round(workers) - leaving });
  });
  return flows;
}
