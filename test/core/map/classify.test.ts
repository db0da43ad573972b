import { describe, expect, it } from 'vitest';
import { CLASSIFIERS, classIndex, classify, histogram, varianceFit } from '../../../src/core/map/classify/index.ts';
import { CLASSIFICATION_METHODS } from '../../../src/core/map/document.ts';
import { describeWithData } from '../../helpers/data.ts';
import { soussMassaCommunes } from './souss-massa.ts';

const counts = (values: number[], breaks: number[]) => {
  const c = new Array(breaks.length + 1).fill(0);
  for (const v of values) c[classIndex(v, breaks)]++;
  return c;
};

/** Deterministic pseudo-random numbers (no global seed). */
function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

describe('classIndex', () => {
  it('puts a value equal to a limit in the lower class', () => {
    const b = [10, 20];
    expect([5, 10, 10.01, 20, 21].map((v) => classIndex(v, b))).toEqual([0, 0, 1, 1, 2]);
    expect(classIndex(3, [])).toBe(0);
  });
});

describe('classify: known answers', () => {
  const oneToTen = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];

  it('registers every method of the map document', () => {
    expect(Object.keys(CLASSIFIERS).sort()).toEqual([...CLASSIFICATION_METHODS].sort());
  });

  it('quantile: limits are the largest value of each class', () => {
    const c = classify(oneToTen, { method: 'quantile', classes: 5 });
    expect(c).toEqual({ breaks: [2, 4, 6, 8], min: 1, max: 10 });
    expect(counts(oneToTen, c.breaks)).toEqual([2, 2, 2, 2, 2]);
  });

  it('equal intervals', () => {
    expect(classify([0, 10, 3], { method: 'equal', classes: 5 }).breaks).toEqual([2, 4, 6, 8]);
  });

  it('jenks finds the obvious groups', () => {
    const v = [1, 2, 3, 10, 11, 12, 20, 21, 22];
    expect(classify(v, { method: 'jenks', classes: 3 }).breaks).toEqual([3, 12]);
  });

  it('stddev: one sd wide around the mean (population sd)', () => {
    const v = [2, 4, 4, 4, 5, 5, 7, 9]; // mean 5, sd 2
    expect(classify(v, { method: 'stddev', classes: 4 }).breaks).toEqual([3, 5, 7]);
    expect(classify(v, { method: 'stddev', classes: 5 }).breaks).toEqual([2, 4, 6, 8]);
    // 7 classes: ±2.5 sd = 0 and 10 are outside the data and dropped.
    const seven = classify(v, { method: 'stddev', classes: 7 });
    expect(seven.breaks).toEqual([2, 4, 6, 8]);
    expect(seven.warnings).toEqual(['fewer_classes']);
  });

  it('geometric progression: a constant ratio', () => {
    const c = classify([1, 10, 100, 1000], { method: 'geometric', classes: 3 });
    expect(c.breaks.map((b) => Number(b.toPrecision(10)))).toEqual([10, 100]);
    expect(c.warnings).toBeUndefined();
  });

  it('geometric progression: zeros and negatives join the first class, with a warning', () => {
    const c = classify([-5, 0, 1, 10, 100, 1000], { method: 'geometric', classes: 3 });
    expect(c.breaks.map((b) => Number(b.toPrecision(10)))).toEqual([10, 100]);
    expect(c.min).toBe(-5);
    expect(c.warnings).toEqual(['non_positive_values']);
    const none = classify([-4, -2, 0], { method: 'geometric', classes: 2 });
    expect(none.breaks).toEqual([-2]);
    expect(none.warnings).toEqual(['no_positive_values']);
  });

  it('head/tail: splits at the means while the head is under 40 %', () => {
    const v = [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5, 8, 13, 40, 100];
    // mean 9.6 → head {13, 40, 100} (15 %) → mean 51 → head {100} (33 %) → one value left.
    expect(classify(v, { method: 'headtail', classes: 6 })).toEqual({ breaks: [9.6, 51], min: 1, max: 100 });
    expect(classify(v, { method: 'headtail', classes: 2 }).breaks).toEqual([9.6]);
    // Not heavy-tailed: the head is half the data; the first split is kept, no more.
    expect(classify([1, 2, 3, 4, 5, 6], { method: 'headtail', classes: 5 }).breaks).toEqual([3.5]);
  });

  it('manual limits are kept as given, even outside the data', () => {
    expect(classify([5, 6, 7], { method: 'manual', classes: 3, breaks: [1, 6] }).breaks).toEqual([1, 6]);
    const bad = classify([0, 10], { method: 'manual', classes: 3, breaks: [5] });
    expect(bad.breaks).toEqual([10 / 3, 20 / 3]);
    expect(bad.warnings).toEqual(['manual_breaks_invalid']);
  });

  it('gives fewer classes when the data has fewer distinct values', () => {
    for (const method of ['quantile', 'equal', 'jenks'] as const) {
      const c = classify([4, 4, 4, 7, 7], { method, classes: 5 });
      expect(c.breaks, method).toEqual(method === 'equal' ? [4.6, 5.2, 5.8, 6.4] : [4]);
    }
    expect(classify([3, 3, 3], { method: 'jenks', classes: 4 }).breaks).toEqual([]);
    expect(classify([], { method: 'quantile', classes: 4 }).breaks).toEqual([]);
  });
});

describe('classify: invariants', () => {
  const rand = lcg(42);
  const values = Array.from({ length: 103 }, () => Math.round(rand() * 1e6) / 100);

  it('quantile classes hold the same number of units, give or take one', () => {
    for (const k of [2, 3, 4, 5, 7, 9]) {
      const c = counts(values, classify(values, { method: 'quantile', classes: k }).breaks);
      expect(Math.max(...c) - Math.min(...c), `${k} classes: ${c}`).toBeLessThanOrEqual(1);
    }
  });

  it('equal intervals have equal widths', () => {
    const { breaks, min, max } = classify(values, { method: 'equal', classes: 6 });
    const edges = [min, ...breaks, max];
    for (let i = 1; i < edges.length; i++) expect(edges[i]! - edges[i - 1]!).toBeCloseTo((max - min) / 6, 9);
  });

  it('jenks minimises the within-class variance: brute force over every partition', () => {
    const small = [3, 7, 8, 15, 16, 17, 30, 31, 45, 52, 53, 90];
    const sse = (breaks: number[]) => (1 - varianceFit(small, breaks)) * 1;
    for (const k of [2, 3, 4]) {
      const jenks = sse(classify(small, { method: 'jenks', classes: k }).breaks);
      let best = Number.POSITIVE_INFINITY;
      const visit = (start: number, left: number, breaks: number[]) => {
        if (left === 0) {
          best = Math.min(best, sse(breaks));
          return;
        }
        for (let i = start; i < small.length - left; i++) visit(i + 1, left - 1, [...breaks, small[i]!]);
      };
      visit(0, k - 1, []);
      expect(jenks, `${k} classes`).toBeCloseTo(best, 12);
    }
  });

  it('head/tail on a Pareto-like tail gives more classes, each head smaller', () => {
    const pareto = Array.from({ length: 1000 }, (_, i) => 1000 / (i + 1));
    const { breaks } = classify(pareto, { method: 'headtail', classes: 12 });
    expect(breaks.length).toBeGreaterThanOrEqual(4);
    const c = counts(pareto, breaks);
    for (let i = 1; i < c.length; i++) expect(c[i]).toBeLessThan(c[i - 1]);
  });

  it('every method returns ascending limits strictly inside [min, max)', () => {
    for (const method of CLASSIFICATION_METHODS) {
      if (method === 'manual') continue;
      const c = classify(values, { method, classes: 5 });
      expect(c.breaks.length, method).toBeLessThanOrEqual(4);
      expect(c.breaks.length, method).toBeGreaterThan(0);
      c.breaks.forEach((b, i) => {
        expect(b).toBeGreaterThanOrEqual(c.min);
        expect(b).toBeLessThan(c.max);
        if (i) expect(b).toBeGreaterThan(c.breaks[i - 1]!);
      });
    }
  });
});

describe('histogram', () => {
  it('counts every value once, in equal-width bins, edges going to the lower bin', () => {
    const h = histogram([0, 1, 2, 2, 3, 4], 2);
    expect(h).toEqual([
      { from: 0, to: 2, count: 4 },
      { from: 2, to: 4, count: 2 },
    ]);
    expect(histogram([5, 5], 4)).toEqual([{ from: 5, to: 5, count: 2 }]);
    expect(histogram([], 4)).toEqual([]);
  });
});

describeWithData('classify: population density of the 175 Souss-Massa communes (RGPH 2024)', () => {
  const density = soussMassaCommunes().map((r) => Number(r.density_2024));

  it('reads 175 positive densities', () => {
    expect(density).toHaveLength(175);
    expect(density.every((d) => d > 0)).toBe(true);
  });

  it('Jenks in 5 classes fits the variance well (GVF > 0.9) and better than equal intervals or quantiles', () => {
    const gvf = (method: 'jenks' | 'equal' | 'quantile') =>
      varianceFit(density, classify(density, { method, classes: 5 }).breaks);
    expect(gvf('jenks')).toBeGreaterThan(0.9);
    expect(gvf('jenks')).toBeGreaterThanOrEqual(gvf('equal'));
    expect(gvf('jenks')).toBeGreaterThan(gvf('quantile'));
  });

  it('quantiles put 35 communes in each of 5 classes', () => {
    expect(counts(density, classify(density, { method: 'quantile', classes: 5 }).breaks)).toEqual([35, 35, 35, 35, 35]);
  });

  it('densities are heavy-tailed: head/tail breaks at the mean (head 11 %) and the head mean (35 %), then stop (43 %)', () => {
    const ht = classify(density, { method: 'headtail', classes: 9 });
    const mean = density.reduce((a, b) => a + b, 0) / density.length;
    const head = density.filter((d) => d > mean);
    expect(head.length / density.length).toBeLessThan(0.4);
    expect(ht.breaks).toHaveLength(2);
    expect(ht.breaks[0]).toBeCloseTo(mean, 9);
    expect(ht.breaks[1]).toBeCloseTo(head.reduce((a, b) => a + b, 0) / head.length, 9);
    expect(classify(density, { method: 'geometric', classes: 5 }).warnings).toBeUndefined();
  });

  it('stddev classes around the mean lose their impossible negative limits', () => {
    const c = classify(density, { method: 'stddev', classes: 5 });
    expect(c.breaks.every((b) => b >= 0)).toBe(true);
    expect(c.warnings).toEqual(['fewer_classes']);
  });
});
