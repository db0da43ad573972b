import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { MapData, MapUnit } from '../../src/core/map/data.ts';
import { defaultMapDocument, type MapDocument } from '../../src/core/map/document.ts';
import { paintUnits } from '../../src/core/map/paint.ts';
import { NO_DATA_COLOR } from '../../src/core/map/palettes.ts';
import { decodeMapDocument, encodeMapDocument } from '../../web/src/features/atlas/urlDocument.ts';
import { drawPattern } from '../../web/src/map/patterns.ts';
import { buildStyle } from '../../web/src/map/style/build.ts';
import type { StyleInput } from '../../web/src/map/style/types.ts';

/**
 * The MapLibre style is derived from the map document and what paintUnits made of it: these tests
 * check the derivation on a small made-up territory of six squares (no browser needed).
 */
const unit = (code: string, population: number | null, kind: string, province: string): MapUnit => ({
  code,
  names: { fr: `Commune ${code}`, ar: `جماعة ${code}`, zgh: code === 'c1' ? 'ⵜⴰⵎⴰⵜ' : null, en: null },
  kind,
  areaKm2: 10,
  ancestors: { region: 'r', province },
  values: population === null ? {} : { population: { '2024': population } },
});
const data: MapData = {
  country: 'XX',
  level: 'commune',
  units: [
    unit('c1', 100, 'urban', 'p1'),
    unit('c2', 200, 'rural', 'p1'),
    unit('c3', 300, 'rural', 'p1'),
    unit('c4', 400, 'rural', 'p2'),
    unit('c5', 500, 'urban', 'p2'),
    unit('c6', null, 'rural', 'p2'),
  ],
  memberships: [
    { unit: 'c1', body: 'a', name: 'ECI A', type: 'eci' },
    { unit: 'c2', body: 'a', name: 'ECI A', type: 'eci' },
    { unit: 'c2', body: 'b', name: 'ECI B', type: 'eci' },
  ],
  ancestorNames: {
    r: { fr: 'Région', ar: null, en: null },
    p1: { fr: 'P1', ar: null, en: null },
    p2: { fr: 'P2', ar: null, en: null },
  },
};
const square = (i: number): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [i, 0],
      [i + 1, 0],
      [i + 1, 1],
      [i, 1],
      [i, 0],
    ],
  ],
});
const units: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: data.units.map((u, i) => ({ type: 'Feature', properties: { code: u.code }, geometry: square(i) })),
};
const points: GeoJSON.FeatureCollection<GeoJSON.Point> = {
  type: 'FeatureCollection',
  features: data.units.map((u, i) => ({
    type: 'Feature',
    properties: { code: u.code, prio: i },
    geometry: { type: 'Point', coordinates: [i + 0.5, 0.5] },
  })),
};

function style(doc: MapDocument, extra: Partial<StyleInput> = {}) {
  return buildStyle({
    doc,
    painted: paintUnits(doc, data),
    units,
    points,
    overlays: [],
    flows: {},
    selection: null,
    lang: 'fr',
    ...extra,
  });
}
const layer = (s: ReturnType<typeof style>, id: string) =>
  s.layers.find((l) => l.id === id) as LayerSpecification & {
    paint?: Record<string, unknown>;
    layout?: Record<string, unknown>;
    filter?: unknown;
  };
/** The `match` expression as { colour: codes }. */
function groups(expr: unknown): Record<string, string[]> {
  const e = expr as unknown[];
  expect(e[0]).toBe('match');
  const out: Record<string, string[]> = {};
  for (let i = 2; i < e.length - 1; i += 2) out[e[i + 1] as string] = e[i] as string[];
  return out;
}

describe('the style derived from a map document', () => {
  const choropleth: MapDocument = {
    ...defaultMapDocument('XX', 'commune'),
    layers: [
      {
        type: 'choropleth',
        variable: { indicator: 'population' },
        classification: { method: 'manual', classes: 3, breaks: [150, 350] },
        palette: { scheme: 'Blues' },
      },
    ],
    labels: { show: true },
  };

  it('fills the units class by class, one match branch per colour, no data as the fallback', () => {
    const s = style(choropleth);
    const fill = layer(s, 'units-fill').paint?.['fill-color'];
    const g = groups(fill);
    expect(Object.values(g).map((codes) => [...codes].sort())).toEqual([['c1'], ['c2', 'c3'], ['c4', 'c5']]);
    expect((fill as unknown[]).at(-1)).toBe(NO_DATA_COLOR);
    expect(s.glyphs).toBe('glyphs://{fontstack}/{range}');
    expect(JSON.stringify(s)).not.toMatch(/https?:/);
  });

  it('hatches the units without data, never colours them as a class', () => {
    const s = style(choropleth);
    expect(layer(s, 'units-no-data').filter).toEqual(['in', ['get', 'code'], ['literal', ['c6']]]);
    expect(layer(s, 'units-no-data').paint?.['fill-pattern']).toMatch(/^hatch:/);
    expect(Object.values(groups(layer(s, 'units-fill').paint?.['fill-color'])).flat()).not.toContain('c6');
  });

  it('stripes a commune in several cooperation bodies with all their colours', () => {
    const s = style({
      ...choropleth,
      layers: [{ type: 'categories', by: { kind: 'cooperation' }, palette: { scheme: 'Set2' } }],
    });
    const stripes = layer(s, 'units-stripes');
    expect(stripes.filter).toEqual(['in', ['get', 'code'], ['literal', ['c2']]]);
    const pattern = stripes.paint?.['fill-pattern'] as string | ExpressionSpecification;
    const id = typeof pattern === 'string' ? pattern : (Object.keys(groups(pattern))[0] as string);
    expect(id).toMatch(/^stripes:#[0-9a-f]{6},#[0-9a-f]{6}$/);
    const img = drawPattern(id);
    expect(img?.data.length).toBe((img?.width ?? 0) * (img?.height ?? 0) * 4);
  });

  it('names units in the reader’s language, Tifinagh on a second line where there is one', () => {
    const fr = JSON.stringify(layer(style(choropleth), 'labels').layout?.['text-field']);
    const ar = JSON.stringify(layer(style(choropleth, { lang: 'ar' }), 'labels').layout?.['text-field']);
    expect(fr.indexOf('name_fr')).toBeLessThan(fr.indexOf('name_ar'));
    expect(ar.indexOf('name_ar')).toBeLessThan(ar.indexOf('name_fr'));
    expect(fr).toContain('name_zgh');
    expect(layer(style({ ...choropleth, labels: { show: false } }), 'labels')).toBeUndefined();
  });

  it('draws proportional circles and a raster basemap only when the document asks for them', () => {
    const s = style({
      ...choropleth,
      layers: [...choropleth.layers, { type: 'symbols', variable: { indicator: 'population' }, maxRadius: 20, color: '#c2410c' }],
    });
    expect(layer(s, 'symbols-1').filter).toEqual(['in', ['get', 'code'], ['literal', ['c1', 'c2', 'c3', 'c4', 'c5']]]);
    expect(s.sources.basemap).toBeUndefined();
    const online = style({ ...choropleth, basemap: 'https://tile.example.org/{z}/{x}/{y}.png' });
    expect(online.sources.basemap).toMatchObject({ type: 'raster', tiles: ['https://tile.example.org/{z}/{x}/{y}.png'] });
  });
});

describe('the map document in the URL', () => {
  const doc = { ...defaultMapDocument('MA', 'commune', '09'), title: 'Densité — كثافة' };

  it('round-trips, URL-safe, deflated when that is shorter', () => {
    const param = encodeMapDocument(doc);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(param.length).toBeLessThanOrEqual(Buffer.from(JSON.stringify(doc)).toString('base64url').length);
    expect(decodeMapDocument(param)).toEqual(doc);
    const big = { ...doc, title: 'Densité de population '.repeat(8) };
    expect(encodeMapDocument(big)).toMatch(/^z/);
    expect(decodeMapDocument(encodeMapDocument(big))).toEqual(big);
  });

  it('reads plain base64url JSON, migrates old drafts, and refuses what does not validate', () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect(decodeMapDocument(b64(doc))).toEqual(doc);
    const v0 = decodeMapDocument(b64({ country: 'MA', level: 'commune', variable: 'population', method: 'jenks', classes: 4 }));
    expect(v0?.layers[0]).toMatchObject({ type: 'choropleth', classification: { method: 'jenks', classes: 4 } });
    expect(decodeMapDocument(b64({ ...doc, layers: [{ type: 'nope' }] }))).toBeNull();
    expect(decodeMapDocument('z!!!')).toBeNull();
    expect(decodeMapDocument(null)).toBeNull();
  });
});
