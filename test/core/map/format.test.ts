import { describe, expect, it } from 'vitest';
import { formatLimits, formatNumber, legendLabels, limitDecimals } from '../../../src/core/map/format.ts';

describe('number formats on legends', () => {
  it('French: narrow no-break space for thousands, decimal comma', () => {
    expect(formatNumber(1234.5, 'fr', 1)).toBe('1\u202f234,5');
  });

  it('English: comma for thousands, decimal point', () => {
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
  });

  it('Arabic: Latin digits with the Moroccan separators', () => {
    expect(formatNumber(1234.5, 'ar', 1)).toBe('1.234,5');
    expect(formatNumber(0, 'ar')).toBe('0');
  });

  it('rounds limits to three significant digits, whole numbers from 100', () => {
    expect([1.34, 4.567, 12.345, 511.2, 0.25, 0.004].map((x) => limitDecimals(x))).toEqual([2, 2, 1, 0, 3, 5]);
    expect(formatLimits([1.34, 4.567, 12.345, 511.2, 10578.3, 0.25, 4], 'fr')).toEqual([
      '1,34',
      '4,57',
      '12,3',
      '511',
      '10\u202f578',
      '0,25',
      '4',
    ]);
  });

  it('adds digits when two different limits would print the same', () => {
    expect(formatLimits([511.2, 511.4, 600], 'en')).toEqual(['511.2', '511.4', '600']);
  });

  it('legend labels: "lower – upper", a single value when both are equal', () => {
    expect(
      legendLabels(
        [
          { lower: 1, upper: 511.2 },
          { lower: 511.2, upper: 10578 },
        ],
        'fr',
      ),
    ).toEqual(['1 – 511', '511 – 10\u202f578']);
    expect(legendLabels([{ lower: 0.5, upper: 2.25 }], 'en')).toEqual(['0.5 – 2.25']);
    expect(legendLabels([{ lower: 7, upper: 7 }], 'ar')).toEqual(['7']);
  });
});
