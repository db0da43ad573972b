import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classIndex, classify } from '../../src/core/map/classify/index.ts';
import type { MapData } from '../../src/core/map/data.ts';
import type { MapDocument } from '../../src/core/map/document.ts';
import { overlayBorders } from '../../src/core/map/overlays.ts';
import { categoryColors, paletteColors } from '../../src/core/map/palettes.ts';
import { translator } from '../../src/i18n/index.ts';
import { type MapSvgInput, renderMapSvg } from '../../src/report/map/svg.ts';
import { describeWithData } from '../helpers/data.ts';
import { densityDocument, SOURCES, soussMassa } from './souss-massa-fixture.ts';
import { syntheticInput } from './synthetic-map.ts';
import { xmlErrors } from './xml.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-output/maps');
const AGADIR = '09.001.01.01';

const fillOf = (svg: string, code: string) =>
  new RegExp(`<path data-code="${code.replace(/\./g, '\\.')}"[^>]*? fill="([^"]+)"`).exec(svg)?.[1];
const legendCounts = (svg: string) =>
  [...svg.matchAll(/<g class="legend-class" data-class="\d+">[\s\S]*?\((\d+)\)<\/text><\/g>/g)].map((m) => Number(m[1]));
const noDataCount = (svg: string) => Number(/<g class="legend-no-data">[\s\S]*?\((\d+)\)<\/text>/.exec(svg)?.[1]);

describeWithData('SVG export: population density of Souss-Massa, Jenks in 5 classes', () => {
  const { data, topology, geometry } = soussMassa();
  const overlays = [overlayBorders(topology, 'communes', data, 'province')];
  const input = (lang: 'fr' | 'ar' | 'en', over: Partial<MapSvgInput> = {}): MapSvgInput => ({
    doc: densityDocument(),
    data,
    geometry,
    overlays,
    lang,
    t: translator(lang),
    date: '2025-11-22',
    sources: SOURCES,
    ...over,
  });
  const svgs = Object.fromEntries(
    (['fr', 'ar', 'en'] as const).map((lang) => [
      lang,
      renderMapSvg(input(lang, { doc: densityDocument({ labels: { show: lang === 'ar' } }) })),
    ]),
  );
  mkdirSync(OUT, { recursive: true });
  for (const [lang, svg] of Object.entries(svgs)) writeFileSync(path.join(OUT, `souss-massa-density-${lang}.svg`), svg);
  const fr = svgs.fr as string;

  it('is well-formed XML, a vector document with no bitmap', () => {
    for (const svg of Object.values(svgs)) {
      expect(xmlErrors(svg)).toEqual([]);
      expect(svg).not.toMatch(/<image\b/);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    }
    expect(fr.length).toBeLessThan(600_000);
  });

  it('draws the 175 communes, each once', () => {
    const codes = [...fr.matchAll(/<path data-code="([^"]+)"/g)].map((m) => m[1]);
    expect(codes).toHaveLength(175);
    expect(new Set(codes).size).toBe(175);
  });

  it('has a legend of 5 classes whose counts add up to the communes with data, and a no-data entry', () => {
    const counts = legendCounts(fr);
    expect(counts).toHaveLength(5);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(175);
    expect(noDataCount(fr)).toBe(0);
    expect(fr).toContain('Pas de données');
    expect(fr).toContain('Seuils naturels (Jenks), 5 classes');
  });

  it('fills each commune with the colour of its class', () => {
    const density = new Map(data.units.map((u) => [u.code, (u.values.population?.['2024'] as number) / (u.areaKm2 as number)]));
    const { breaks } = classify([...density.values()], { method: 'jenks', classes: 5 });
    const colors = paletteColors('YlOrRd', 5);
    for (const code of [AGADIR, '09.001.05.11', '09.001.05.09']) {
      expect(fillOf(fr, code), code).toBe(colors[classIndex(density.get(code) as number, breaks)]);
    }
    // Agadir (504,768 inhabitants on 112.7 km², 4,479/km²) is in the middle class: the densest
    // communes are its suburbs (Inezgane, Dcheira El Jihadia).
    expect(fillOf(fr, AGADIR)).toBe(colors[2]);
  });

  it('has the title, scale bar, north arrow, sources and date', () => {
    expect(fr).toContain('<title>Densité de population 2024 (hab./km²)</title>');
    expect(fr).toContain('class="scale-bar"');
    expect(fr).toMatch(/>\d+ km<\/text>/);
    expect(fr).toContain('class="north-arrow"');
    expect(fr).toContain('Sources : HCP, RGPH 2024 ; OpenStreetMap (ODbL)');
    expect(fr).toContain('22 novembre 2025');
    expect(fr).not.toContain('Territoire fictif');
    expect(renderMapSvg(input('fr', { fictional: true }))).toContain('Territoire fictif');
    expect(svgs.en).toContain('Population density 2024 (inhab./km²)');
  });

  it('in Arabic: right to left, Arabic words and Arabic commune names', () => {
    const ar = svgs.ar as string;
    expect(ar).toContain('direction="rtl"');
    expect(ar).toContain('lang="ar"');
    expect(ar).toContain('الكثافة السكانية 2024 (نسمة/كم²)');
    expect(ar).toContain('لا توجد معطيات');
    expect(ar).toMatch(/<g class="labels"[^>]*>[\s\S]*>أكادير<\/text>/);
    expect(ar).not.toContain('Pas de données');
    expect(ar).toContain('Noto Sans Arabic');
  });

  it('shows a commune without data as hatched no-data, never in the lowest class', () => {
    const holed: MapData = {
      ...data,
      units: data.units.map((u) => (u.code === '09.001.05.11' ? { ...u, values: { population: { 2024: null } } } : u)),
    };
    const svg = renderMapSvg(input('fr', { data: holed }));
    expect(fillOf(svg, '09.001.05.11')).toBe('url(#no-data)');
    expect(svg).toContain('<pattern id="no-data"');
    expect(noDataCount(svg)).toBe(1);
    expect(legendCounts(svg).reduce((a, b) => a + b, 0)).toBe(174);
  });

  it('stripes a commune in several cooperation bodies', () => {
    const extra = { unit: AGADIR, body: 'arghen', name: "ECI Bassin de l'Arghen (Hawd Arghen)", type: 'ECI' };
    const doc: MapDocument = densityDocument({
      layers: [{ type: 'categories', by: { kind: 'cooperation' }, palette: { scheme: 'Set2' } }],
    });
    const svg = renderMapSvg(input('fr', { doc, data: { ...data, memberships: [...data.memberships, extra] } }));
    expect(fillOf(svg, AGADIR)).toBe('url(#stripes-1)');
    const [arghen, agadir] = categoryColors(2, 'Set2');
    expect(svg).toContain(`<pattern id="stripes-1"`);
    expect(/<pattern id="stripes-1"[\s\S]*?<\/pattern>/.exec(svg)?.[0]).toContain(`fill="${agadir}"`);
    expect(/<pattern id="stripes-1"[\s\S]*?<\/pattern>/.exec(svg)?.[0]).toContain(`fill="${arghen}"`);
    expect(svg).toContain('ECI du Grand Agadir');
    expect(svg).toContain('Plusieurs organismes');
    expect(xmlErrors(svg)).toEqual([]);
  });
});

describe('SVG export: a small synthetic map', () => {
  it('escapes every text it prints', () => {
    const svg = renderMapSvg(
      syntheticInput('fr', {
        evilName: '<script>alert(1)</script>',
        title: 'Carte "A & B" <b>gras</b>',
        source: 'Moi <img src=x onerror=alert(1)>',
      }),
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('Carte &quot;A &amp; B&quot; &lt;b&gt;gras&lt;/b&gt;');
    expect(xmlErrors(svg)).toEqual([]);
  });

  it('matches the reviewed snapshots (coordinates rounded to 0.1 px)', async () => {
    for (const lang of ['fr', 'ar'] as const) {
      const svg = renderMapSvg(syntheticInput(lang));
      expect(svg).not.toMatch(/ (?:d|points)="[^"]*\d\.\d\d| (?:x|y|cx|cy|r|width|height)="-?\d+\.\d\d/);
      await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot(`./__snapshots__/synthetic-map-${lang}.svg`);
    }
  });
});
