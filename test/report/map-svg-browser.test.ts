import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../helpers/browser.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MapDocument } from '../../src/core/map/document.ts';
import { overlayBorders } from '../../src/core/map/overlays.ts';
import { translator } from '../../src/i18n/index.ts';
import { renderMapSvg } from '../../src/report/map/svg.ts';
import { describeWithData } from '../helpers/data.ts';
import { densityDocument, SOURCES, soussMassa } from './souss-massa-fixture.ts';

/**
 * The exported SVGs opened in Debian's Chromium: parsed by a real XML parser, measured (the title,
 * legend, map, scale bar and footer must not overlap), and saved as PNG under test-output/maps/
 * for a person to look at. Skipped where Chromium is absent.
 */
const OUT = path.resolve(import.meta.dirname, '../../test-output/maps');

const describeInBrowser = existsSync(CHROMIUM)
  ? describeWithData
  : (name: string, fn: () => void) => describeWithData(`${name} (needs ${CHROMIUM})`, fn);

describeInBrowser('SVG export in a browser', () => {
  let browser: Browser;
  const { data, topology, geometry } = soussMassa();
  const overlays = [overlayBorders(topology, 'communes', data, 'province')];
  const maps: Record<string, { doc: MapDocument; lang: 'fr' | 'ar' | 'en'; fictional?: boolean }> = {
    'density-fr': { doc: densityDocument(), lang: 'fr' },
    'density-ar': { doc: densityDocument({ labels: { show: true } }), lang: 'ar' },
    'density-en': {
      doc: densityDocument({
        layers: [
          {
            type: 'choropleth',
            variable: { indicator: 'population', year: 2024, per: 'area' },
            classification: { method: 'headtail', classes: 7 },
            palette: { scheme: 'PuBu' },
          },
        ],
      }),
      lang: 'en',
    },
    'cooperation-fr': {
      doc: densityDocument({
        labels: { show: true },
        layers: [{ type: 'categories', by: { kind: 'cooperation' }, palette: { scheme: 'Set2' } }],
      }),
      lang: 'fr',
    },
    'kind-population-ar': {
      doc: densityDocument({
        layers: [
          { type: 'categories', by: { kind: 'kind' }, palette: { scheme: 'Pastel2' } },
          { type: 'symbols', variable: { indicator: 'population', year: 2024 }, maxRadius: 26, color: '#8c2d04' },
        ],
      }),
      lang: 'ar',
      fictional: true,
    },
    'provinces-en': {
      doc: densityDocument({
        layers: [{ type: 'categories', by: { kind: 'ancestor', level: 'province' }, palette: { scheme: 'Set3' } }],
      }),
      lang: 'en',
    },
  };

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [name, m] of Object.entries(maps)) {
    it(`${name}: parses as XML, nothing overlaps, saved as PNG`, async () => {
      const svg = renderMapSvg({
        doc: m.doc,
        data,
        geometry,
        overlays,
        lang: m.lang,
        t: translator(m.lang),
        date: '2025-11-22',
        sources: SOURCES,
        fictional: m.fictional ?? false,
      });
      const file = path.join(OUT, `souss-massa-${name}.svg`);
      writeFileSync(file, svg);
      const page = await browser.newPage({ viewport: { width: 1000, height: 760 }, deviceScaleFactor: 2 });
      try {
        const parsed = await page.evaluate((s) => {
          const d = new DOMParser().parseFromString(s, 'image/svg+xml');
          return {
            errors: d.getElementsByTagName('parsererror').length,
            units: d.querySelectorAll('path[data-code]').length,
            root: d.documentElement.nodeName,
          };
        }, svg);
        expect(parsed).toEqual({ errors: 0, units: 175, root: 'svg' });
        await page.goto(`file://${file}`);
        const boxes = await page.evaluate(() => {
          const box = (sel: string) => {
            const e = document.querySelector(sel) as SVGGraphicsElement | null;
            if (!e) return null;
            const b = e.getBoundingClientRect();
            return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
          };
          return {
            map: box('g.units'),
            legend: box('g.legends'),
            title: box('g.title'),
            footer: box('g.footer'),
            scale: box('g.scale-bar'),
            north: box('g.north-arrow'),
          };
        });
        const overlap = (a: typeof boxes.map, b: typeof boxes.map) =>
          !!a && !!b && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        const names = Object.keys(boxes) as (keyof typeof boxes)[];
        for (const a of names) {
          expect(boxes[a], a).not.toBeNull();
          for (const b of names) if (a < b) expect(overlap(boxes[a], boxes[b]), `${a} overlaps ${b}`).toBe(false);
          const r = boxes[a];
          if (r) expect(r.x0 >= 0 && r.y0 >= 0 && r.x1 <= 1000 && r.y1 <= 760, `${a} inside the page`).toBe(true);
        }
        await page.screenshot({ path: file.replace(/\.svg$/, '.png') });
      } finally {
        await page.close();
      }
    });
  }
});
