import { describe, expect, it } from 'vitest';
import type { CategoryLegend, ChoroplethLegend, FlowLegend, SymbolLegend } from '../../../src/core/map/legend.ts';
import { paintUnits } from '../../../src/core/map/paint.ts';
import { BASE_COLOR, categoryColors, NO_DATA_COLOR, NO_FILL, paletteColors } from '../../../src/core/map/palettes.ts';
import { docWith, smallData } from './fixtures.ts';

describe('paintUnits', () => {
  const data = smallData();
  const density = { indicator: 'population', year: 2024, per: 'area' as const };

  it('choropleth: colour of the class, null for no data, legend counts and no-data count', () => {
    // Densities A 100, B 10; C, D, E have none.
    const p = paintUnits(
      docWith({
        type: 'choropleth',
        variable: density,
        classification: { method: 'equal', classes: 2 },
        palette: { scheme: 'Blues' },
      }),
      data,
    );
    const [light, dark] = paletteColors('Blues', 2);
    expect(p.units.get('A')).toMatchObject({ fill: dark, classIndex: 1, value: 100 });
    expect(p.units.get('B')).toMatchObject({ fill: light, classIndex: 0, value: 10 });
    for (const code of ['C', 'D', 'E']) expect(p.units.get(code)).toMatchObject({ fill: null, value: null });
    const l = p.legends[0] as ChoroplethLegend;
    expect(l.classes).toEqual([
      { lower: 10, upper: 55, color: light, count: 1 },
      { lower: 55, upper: 100, color: dark, count: 1 },
    ]);
    expect(l.noData).toEqual({ color: NO_DATA_COLOR, count: 3 });
    expect(l.title).toEqual({ kind: 'variable', variable: density, years: [2024] });
    expect(l.histogram.reduce((s, b) => s + b.count, 0)).toBe(2);
    expect(p.fillLayer).toBe(0);
  });

  it('categories by kind: urban and rural, with an i18n key for the label', () => {
    const p = paintUnits(docWith({ type: 'categories', by: { kind: 'kind' }, palette: { scheme: 'Set2' } }), data);
    const l = p.legends[0] as CategoryLegend;
    expect(l.categories.map((c) => [c.key, c.count, c.labelKey])).toEqual([
      ['urban', 1, 'common:kinds.urban'],
      ['rural', 4, 'common:kinds.rural'],
    ]);
    expect(p.units.get('A')?.fill).toBe(categoryColors(2, 'Set2')[0]);
  });

  it('categories by ancestor: labelled with the ancestors’ names', () => {
    const p = paintUnits(
      docWith({ type: 'categories', by: { kind: 'ancestor', level: 'province' }, palette: { scheme: 'Set3' } }),
      data,
    );
    const l = p.legends[0] as CategoryLegend;
    expect(l.categories.map((c) => [c.key, c.label.fr, c.label.ar, c.count])).toEqual([
      ['P1', 'Province Un', 'الإقليم الأول', 2],
      ['P2', 'Province Deux', 'Province Deux', 3],
    ]);
    expect(p.units.get('C')?.category).toEqual(['P2']);
  });

  it('categories by cooperation: stripes for several bodies, no fill for none', () => {
    const p = paintUnits(docWith({ type: 'categories', by: { kind: 'cooperation' }, palette: { scheme: 'Set2' } }), data);
    const [alpha, beta] = categoryColors(2, 'Set2');
    expect(p.units.get('A')).toMatchObject({ fill: alpha, stripes: [alpha, beta], category: ['b1', 'b2'] });
    expect(p.units.get('B')).toMatchObject({ fill: alpha, category: ['b1'] });
    expect(p.units.get('B')?.stripes).toBeUndefined();
    expect(p.units.get('C')).toMatchObject({ fill: NO_FILL, category: [] });
    const l = p.legends[0] as CategoryLegend;
    expect(l.categories.map((c) => [c.key, c.label.fr, c.count])).toEqual([
      ['b1', 'ECI Alpha', 2],
      ['b2', 'GCT Beta', 1],
    ]);
    expect(l.none).toEqual({ color: NO_FILL, count: 3 });
    expect(l.multiple).toBe(1);
    const eciOnly = paintUnits(
      docWith({ type: 'categories', by: { kind: 'cooperation', bodyType: 'eci' }, palette: { scheme: 'Set2' } }),
      data,
    );
    expect((eciOnly.legends[0] as CategoryLegend).categories.map((c) => c.key)).toEqual(['b1']);
  });

  it('symbols: area ∝ value, on top of the area layer; base colour without an area layer', () => {
    const symbols = {
      type: 'symbols' as const,
      variable: { indicator: 'population', year: 2024 },
      maxRadius: 20,
      color: '#800000',
    };
    const alone = paintUnits(docWith(symbols), data);
    expect(alone.units.get('A')).toMatchObject({ fill: BASE_COLOR, radius: 20, value: 1000 });
    expect(alone.units.get('B')?.radius).toBeCloseTo(20 * Math.sqrt(0.2), 9);
    expect(alone.units.get('C')?.radius).toBeUndefined();
    const l = alone.legends[0] as SymbolLegend;
    expect(l.sizes.map((s) => s.value)).toEqual([1000, 300, 100]);
    expect(l.sizes[1]?.radius).toBeCloseTo(20 * Math.sqrt(0.3), 9);
    expect(l.noData.count).toBe(2);

    const both = paintUnits(docWith({ type: 'categories', by: { kind: 'kind' }, palette: { scheme: 'Set2' } }, symbols), data);
    expect(both.units.get('A')).toMatchObject({ fill: categoryColors(2, 'Set2')[0], radius: 20, category: ['urban'] });
    expect(both.legends.map((x) => x.type)).toEqual(['categories', 'symbols']);
  });

  it('the topmost area layer decides the fill', () => {
    const p = paintUnits(
      docWith(
        { type: 'categories', by: { kind: 'cooperation' }, palette: { scheme: 'Set2' } },
        {
          type: 'choropleth',
          variable: density,
          classification: { method: 'quantile', classes: 2 },
          palette: { scheme: 'Reds' },
        },
      ),
      data,
    );
    expect(p.fillLayer).toBe(1);
    expect(p.units.get('A')?.stripes).toBeUndefined();
    expect(p.units.get('C')?.fill).toBeNull();
  });

  it('flows: reference widths from the flows given', () => {
    const flows = {
      d: [
        { origin: 'A', destination: 'B', value: 800 },
        { origin: 'B', destination: 'A', value: 100 },
        { origin: 'A', destination: 'C', value: 5 },
      ],
    };
    const p = paintUnits(docWith({ type: 'flows', dataset: 'd', minValue: 10, maxWidth: 16, color: '#333' }), data, { flows });
    const l = p.legends[0] as FlowLegend;
    expect(l.widths).toEqual([
      { value: 800, width: 16 },
      { value: 400, width: 8 },
      { value: 200, width: 4 },
    ]);
    expect([l.drawn, l.total]).toEqual([2, 3]);
  });
});
