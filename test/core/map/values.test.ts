import { describe, expect, it } from 'vitest';
import { availableYears, variableValues, variableYears } from '../../../src/core/map/values.ts';
import { smallData } from './fixtures.ts';

const obj = (m: Map<string, number | null>) => Object.fromEntries(m);

describe('variableValues', () => {
  const data = smallData();

  it('takes the year asked for; a missing value is null, never 0', () => {
    expect(obj(variableValues(data, { indicator: 'population', year: 2024 }))).toEqual({
      A: 1000,
      B: 200,
      C: null,
      D: 40,
      E: null,
    });
  });

  it('without a year, takes each unit’s latest non-null year and says which years were used', () => {
    const v = { indicator: 'population' };
    expect(obj(variableValues(data, v))).toEqual({ A: 1000, B: 200, C: 50, D: 40, E: null });
    expect(variableYears(data, v)).toEqual([2014, 2024]);
    expect(variableYears(data, { ...v, year: 2024 })).toEqual([2024]);
    expect(availableYears(data, v)).toEqual([2014, 2024]);
  });

  it('per area: a density; no area gives null', () => {
    expect(obj(variableValues(data, { indicator: 'population', year: 2024, per: 'area' }))).toEqual({
      A: 100,
      B: 10,
      C: null,
      D: null,
      E: null,
    });
  });

  it('per indicator: a ratio in the same year; a zero or missing denominator gives null', () => {
    const v = { indicator: 'population', year: 2024, per: { indicator: 'households' } };
    expect(obj(variableValues(data, v))).toEqual({ A: 4, B: null, C: null, D: null, E: null });
  });

  it('scale multiplies after dividing', () => {
    const v = { indicator: 'households', year: 2024, per: { indicator: 'population' }, scale: 100 };
    expect(variableValues(data, v).get('A')).toBe(25);
  });
});
