import type { Layout } from './layout.ts';
import type { Rng } from './random.ts';

/** Census-like counts of one commune at the two census years the app shows (RGPH 2014, 2024). */
export interface CommuneCounts {
  population2014: number;
  population2024: number;
  households2014: number;
  households2024: number;
}

/**
 * Populations drawn log-normally, as commune sizes are: rural communes 2,000–30,000 (median near
 * 9,000), small towns 20,000–80,000, the two capitals 60,000–500,000. Rural communes on the edge
 * of a capital grow, the remote ones slowly empty, towns grow by 1–2.5 % a year — the pattern of
 * the last two Moroccan censuses. Households shrink over the decade (about 4.8 → 4.3 persons),
 * smaller in towns than in the countryside.
 */
export function drawCounts(rng: Rng, layout: Layout): CommuneCounts[] {
  const periUrban = new Set<number>();
  for (const capital of [0, 1]) {
    const { offsets, indices } = layout.adjacency;
    for (let k = offsets[capital] as number; k < (offsets[capital + 1] as number); k++) periUrban.add(indices[k] as number);
  }
  return layout.communes.map((c, i) => {
    let pop: number;
    let rate: number;
    if (c.kind === 'urban') {
      pop =
        i === 0
          ? rng.logNormal(220_000, 0.3, 120_000, 500_000)
          : i === 1
            ? rng.logNormal(110_000, 0.3, 60_000, 300_000)
            : rng.logNormal(32_000, 0.35, 20_000, 80_000);
      rate = c.capital ? rng.uniform(0.012, 0.025) : rng.uniform(0.008, 0.022);
    } else if (periUrban.has(i)) {
      pop = rng.logNormal(16_000, 0.35, 6_000, 30_000);
      rate = rng.uniform(0.015, 0.035);
    } else {
      pop = rng.logNormal(8_500, 0.5, 2_000, 30_000);
      rate = Math.min(0.02, Math.max(-0.02, -0.002 + 0.008 * rng.normal()));
    }
    const population2024 = Math.round(pop);
    const population2014 = Math.round(population2024 / (1 + rate) ** 10);
    const [size2014, size2024] =
      c.kind === 'urban' ? [rng.uniform(4.2, 4.6), rng.uniform(3.6, 4.1)] : [rng.uniform(4.8, 5.5), rng.uniform(4.2, 4.9)];
    return {
      population2014,
      population2024,
      households2014: Math.round(population2014 / size2014),
      households2024: Math.round(population2024 / size2024),
    };
  });
}

/** Sums over communes, so that every parent's count is exactly the total of its communes. */
export function sumCounts(list: readonly CommuneCounts[]): CommuneCounts {
  const total: CommuneCounts = { population2014: 0, population2024: 0, households2014: 0, households2024: 0 };
  for (const c of list) {
    total.population2014 += c.population2014;
    total.population2024 += c.population2024;
    total.households2014 += c.households2014;
    total.households2024 += c.households2024;
  }
  return total;
}
