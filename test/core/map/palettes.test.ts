import { describe, expect, it } from 'vitest';
import { categoryColors, NO_DATA_COLOR, PALETTES, paletteColors, toHex } from '../../../src/core/map/palettes.ts';

const HEX = /^#[0-9a-f]{6}$/;

describe('palettes', () => {
  it('lists the ColorBrewer schemes by kind', () => {
    const kinds = (k: string) => PALETTES.filter((p) => p.kind === k).map((p) => p.name);
    expect(kinds('sequential')).toContain('YlOrRd');
    expect(kinds('diverging')).toContain('RdBu');
    expect(kinds('qualitative')).toEqual(expect.arrayContaining(['Set2', 'Set3', 'Paired']));
    expect(PALETTES.find((p) => p.name === 'Blues')?.maxClasses).toBe(9);
    expect(PALETTES.find((p) => p.name === 'RdBu')?.maxClasses).toBe(11);
  });

  it('gives the exact ColorBrewer colours, light to dark, or reversed', () => {
    expect(paletteColors('Blues', 5)).toEqual(['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c']);
    expect(paletteColors('Blues', 5, true)).toEqual(['#08519c', '#3182bd', '#6baed6', '#bdd7e7', '#eff3ff']);
  });

  it('handles 2 classes and more classes than ColorBrewer defines', () => {
    expect(paletteColors('Blues', 2)).toEqual(['#deebf7', '#3182bd']);
    const twelve = paletteColors('YlOrRd', 12);
    expect(twelve).toHaveLength(12);
    for (const c of twelve) expect(c).toMatch(HEX);
    expect(new Set(twelve).size).toBe(12);
  });

  it('falls back to YlOrRd for an unknown scheme instead of failing', () => {
    expect(paletteColors('NoSuchScheme', 4)).toEqual(paletteColors('YlOrRd', 4));
  });

  it('categorical colours: distinct up to 12, repeating beyond the combined schemes', () => {
    for (const n of [2, 6, 8, 12]) expect(new Set(categoryColors(n)).size).toBe(n);
    expect(categoryColors(75)).toHaveLength(75);
    expect(new Set(categoryColors(30)).size).toBe(30);
    expect(categoryColors(3, 'Blues')).toEqual(paletteColors('Blues', 3));
  });

  it('no-data grey is not a colour of any sequential class', () => {
    for (const p of PALETTES.filter((x) => x.kind === 'sequential')) {
      for (let n = 3; n <= 9; n++) expect(paletteColors(p.name, n)).not.toContain(NO_DATA_COLOR);
    }
  });

  it('converts d3 rgb() strings to hex', () => {
    expect(toHex('rgb(255, 0, 16)')).toBe('#ff0010');
  });
});
