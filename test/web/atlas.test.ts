import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MapData } from '../../src/core/map/data.ts';
import { formatValue } from '../../src/core/map/format.ts';
import { translator } from '../../src/i18n/index.ts';
import { readMoroccoBundle } from '../../src/io/morocco/bundle.ts';
import { buildApp } from '../../src/server/app.ts';
import type { ServerContext } from '../../src/server/context.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { decodeMapDocument } from '../../web/src/features/atlas/urlDocument.ts';
import { decodeGlyphRanges } from '../../web/src/map/glyphs/pbf.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';
import { freshDb, type TestDb } from '../helpers/db.ts';
import { expectedJenks, importFixtureFlows, mapIdle, ROOT, renderedFill, unitPoint } from './atlas-page.ts';
import { buildWebApp, launchChromium } from '../helpers/browser.ts';

/**
 * The atlas as a planner uses it (issue 3, item 9), in Debian's Chromium with software WebGL:
 * open Souss-Massa, map population density with Jenks in 5 classes, check the legend against
 * classes computed here and a commune's colour against its class, hover, select on the map and in
 * the table, export SVG and PNG, share the map by its URL, save and reopen it, map cooperation
 * bodies and flows, switch to Arabic. Nothing may be fetched from outside the server.
 */
const SHOTS = path.join(ROOT, 'test-output/screenshots');
const fr = translator('fr');
const AGADIR = '09.001.01.01';
const INEZGANE = '09.273.01.15';

describeWithData('the atlas in a browser (Souss-Massa)', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let ctx: ServerContext;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let webDir: string;
  let data: MapData;
  const errors: string[] = [];
  const outside: string[] = [];

  beforeAll(async () => {
    webDir = await buildWebApp();
    db = await freshDb('pglite');
    const batch = await readMoroccoBundle(dataPath('morocco'), { region: '09' });
    const { report } = await applyBatch(db, batch, { actor: { id: 'test', kind: 'cli' }, acceptRepairs: true });
    expect(report.outcome).toBe('committed');
    await importFixtureFlows(db);
    ({ app, ctx } = await buildApp({ db, webDir }));
    base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    data = (await (
      await fetch(`${base}/api/countries/MA/map-data?level=commune&within=09&withinLevel=region&indicators=population`)
    ).json()) as MapData;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    // Every request of every page and worker: only our server, or what the page makes itself.
    context.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== base && !['data:', 'blob:'].includes(url.protocol)) outside.push(r.url());
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => errors.push(e.message));
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await ctx?.jobs.idle();
    await db?.dispose();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
    expect(errors, 'errors thrown in the page').toEqual([]);
    expect(outside, 'requests outside the server').toEqual([]);
  });

  const shot = (name: string, fullPage = false) => page.screenshot({ path: path.join(SHOTS, `atlas-${name}.png`), fullPage });
  const mapTab = () => page.getByRole('tab', { name: fr('web:atlas.tabs.map') }).click();
  const field = (name: string) => page.locator(`.map-controls [data-field="${name}"]`).locator('select, input').first();
  const legendClasses = () =>
    page.locator('.legend[data-type="choropleth"] .legend-class').evaluateAll((lis) =>
      lis.map((li) => ({
        i: Number(li.getAttribute('data-class')),
        lower: Number(li.getAttribute('data-lower')),
        upper: Number(li.getAttribute('data-upper')),
        count: Number(li.getAttribute('data-count')),
        color: li.getAttribute('data-color'),
      })),
    );

  it('opens Souss-Massa on its map: 175 communes, drawn, listed in the table', async () => {
    const t0 = Date.now();
    await page.goto(`${base}/t/MA/u/09?level=region`);
    await mapIdle(page);
    console.log(`[atlas] region map drawn ${Date.now() - t0} ms after navigation`);
    await expect.poll(() => page.locator('.atlas-table tbody tr').count()).toBe(175);
    const drawn = await page.evaluate(() => {
      const m = window.__taawunMap;
      const codes = (fs: { properties: Record<string, unknown> }[] | undefined) =>
        new Set(fs?.map((f) => f.properties.code)).size;
      const source = m?.getStyle().sources.units;
      const features =
        source?.type === 'geojson' && typeof source.data === 'object' && 'features' in source.data ? source.data.features : [];
      return { source: features.length, rendered: codes(m?.queryRenderedFeatures({ layers: ['units-fill'] })) };
    });
    expect(drawn.source).toBe(175);
    // A commune smaller than a pixel at the region's zoom may be simplified away on screen.
    expect(drawn.rendered).toBeGreaterThanOrEqual(172);
  });

  it('maps population density with Jenks in 5 classes: legend limits, counts and colours as computed here', async () => {
    await mapTab();
    await field('indicator').selectOption('population');
    await field('per').selectOption('area');
    await field('method').selectOption('jenks');
    await field('classes').fill('5');
    const want = expectedJenks(data, 5);
    await expect.poll(async () => (await legendClasses()).length).toBe(5);
    await expect.poll(() => page.locator('.legend .legend-note').first().textContent()).toContain(fr('map:methods.jenks'));
    const classes = (await legendClasses()).sort((a, b) => a.i - b.i);
    for (const [i, b] of want.breaks.entries()) expect(classes[i]?.upper).toBeCloseTo(b, 6);
    expect(classes.map((c) => c.count)).toEqual(want.counts);
    expect(classes.map((c) => c.color)).toEqual(want.colors);
    const noData = Number(await page.locator('.legend[data-type="choropleth"] .legend-no-data').getAttribute('data-count'));
    expect(noData).toBe(want.noData);
    expect(classes.reduce((s, c) => s + c.count, 0)).toBe(175 - noData);
    expect(await page.locator('.legend-title').first().textContent()).toContain(fr('map:density.population'));
    await mapIdle(page);
    for (const code of [AGADIR, '09.551.01.07']) expect(await renderedFill(page, code)).toBe(want.colorOf(code));
    const doc = decodeMapDocument(new URL(page.url()).searchParams.get('map'));
    expect(doc?.layers[0]).toMatchObject({ type: 'choropleth', classification: { method: 'jenks', classes: 5 } });
    await shot('choropleth-fr');
  });

  it('says the name, value and year of the commune under the pointer', async () => {
    const p = await unitPoint(page, AGADIR);
    await page.mouse.move(p.x, p.y);
    const tip = page.locator(`.map-tooltip[data-unit="${AGADIR}"]`);
    await tip.waitFor();
    expect(await tip.locator('.map-tooltip-name').textContent()).toBe('Agadir');
    expect(await tip.textContent()).toContain('2024');
    expect(await tip.locator('.map-tooltip-value').textContent()).toMatch(/^\d[\d\s\u202f]*$/);
    await page.mouse.move(5, 5);
  });

  it('exports a vector SVG with the 175 communes and the legend, and a PNG', async () => {
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="svg"]').click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync((await svgDownload.path()) as string, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('<image');
    const codes = [...svg.matchAll(/<path data-code="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(codes).size).toBe(175);
    expect(svg.match(/<g class="legend-class"/g)).toHaveLength(5);
    expect(svg).toContain(fr('map:density.population'));
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="png"]').click()]);
    const png = readFileSync((await pngDownload.path()) as string);
    writeFileSync(path.join(SHOTS, 'atlas-export-fr.png'), png);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2200); // 1100 px wide page, at 2×
  });

  it('selects a unit in the table: URL, map outline and record follow; selecting on the map selects the row', async () => {
    await page.locator('.atlas-table-filter input').fill('inezg');
    await expect.poll(() => page.locator('.atlas-table tbody tr').count()).toBe(1);
    await page.locator(`.atlas-table tbody tr[data-unit="${INEZGANE}"]`).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/t/MA/u/${INEZGANE}`);
    expect(new URL(page.url()).searchParams.get('map')).toBeTruthy();
    await page.locator('h1', { hasText: 'Inezgane' }).waitFor();
    await expect.poll(() => page.evaluate(() => !!window.__taawunMap?.getLayer('selection'))).toBe(true);
    await page.locator('.atlas-table-filter input').fill('');
    await expect.poll(() => page.locator('.atlas-table tbody tr').count()).toBe(175);
    await mapIdle(page);
    const p = await unitPoint(page, AGADIR);
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/t/MA/u/${AGADIR}`);
    await expect.poll(() => page.locator(`.atlas-table tr[data-unit="${AGADIR}"]`).getAttribute('aria-selected')).toBe('true');
    await page.locator('.atlas-table th[data-column="name"] button').click();
    const first = await page.locator('.atlas-table tbody tr .unit-name').first().textContent();
    const names = await page.locator('.atlas-table tbody tr .unit-name').allTextContents();
    expect(first).toBe([...names].sort((a, b) => a.localeCompare(b, 'fr'))[0]);
    await page.locator('.atlas-table').scrollIntoViewIfNeeded();
    await shot('table-fr');
  });

  it('zooms to a unit chosen in the tree', async () => {
    const before = await page.evaluate(() => window.__taawunMap?.getZoom() ?? 0);
    await page.getByRole('tab', { name: fr('web:atlas.tabs.territory') }).click();
    await page.locator('.browser input[type="search"]').fill('Tafraout');
    await page.locator('.search-results .unit-row[data-unit="09.581.01.05"]').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/t/MA/u/09.581.01.05');
    await mapIdle(page);
    const view = await page.evaluate(() => {
      const m = window.__taawunMap;
      const f = m?.querySourceFeatures('points', { filter: ['==', ['get', 'code'], '09.581.01.05'] })[0];
      return m && f?.geometry.type === 'Point'
        ? { zoom: m.getZoom(), inside: m.getBounds().contains(f.geometry.coordinates as [number, number]) }
        : null;
    });
    expect(view?.inside).toBe(true);
    expect(view?.zoom).toBeGreaterThan(before + 1);
  });

  it('restores a shared map from its URL alone', async () => {
    const shared = page.url();
    const other = await context.newPage();
    other.on('pageerror', (e) => errors.push(e.message));
    await other.goto(shared);
    await mapIdle(other);
    await expect.poll(() => other.locator('.legend[data-type="choropleth"] .legend-class').count()).toBe(5);
    expect(await other.locator('.legend .legend-note').first().textContent()).toContain(fr('map:methods.jenks'));
    await other.close();
  });

  it('saves the map under a name and opens it again', async () => {
    await page.locator('.atlas-title input').fill('Densité 2024, Jenks');
    await page.locator('[data-action="save-map"]').click();
    await page.locator('.saved-panel input[name="map-name"]').fill('Densité Jenks');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/maps') && r.request().method() === 'POST');
    await page.getByRole('button', { name: fr('web:atlas.saved.saveNew') }).click();
    expect((await saved).status()).toBe(201);
    expect(await page.locator('.saved-status').textContent()).toBe(fr('web:atlas.saved.savedAs', { name: 'Densité Jenks' }));
    await mapTab();
    await field('method').selectOption('quantile');
    await expect.poll(() => page.locator('.legend .legend-note').first().textContent()).toContain(fr('map:methods.quantile'));
    await page.locator('[data-action="open-maps"]').click();
    await page.getByRole('button', { name: fr('web:atlas.saved.openMap', { name: 'Densité Jenks' }) }).click();
    await expect.poll(() => page.locator('.legend .legend-note').first().textContent()).toContain(fr('map:methods.jenks'));
    expect(await page.locator('.atlas-title input').inputValue()).toBe('Densité 2024, Jenks');
    expect(await field('method').inputValue()).toBe('jenks');
  });

  it('maps membership of cooperation bodies: one colour per body, the communes in none left unfilled', async () => {
    await page.goto(`${base}/t/MA/u/09?level=region&lang=fr`);
    await mapIdle(page);
    await mapTab();
    await field('type').selectOption('categories');
    await field('by').selectOption('cooperation');
    const rows = page.locator('.legend[data-type="categories"] .legend-category');
    await expect.poll(() => rows.count()).toBe(2);
    const counts = (await rows.evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-count'))))).sort(
      (a, b) => a - b,
    );
    expect(counts).toEqual([5, 12]);
    expect(Number(await page.locator('.legend-none').getAttribute('data-count'))).toBe(175 - 17);
    await mapIdle(page);
    const color = await rows.first().getAttribute('data-color');
    const key = await rows.first().getAttribute('data-key');
    const member = data.memberships.find((m) => m.body === key)?.unit as string;
    expect(await renderedFill(page, member)).toBe(color);
    await shot('categories-cooperation-fr');
  });

  it('draws flows between communes, those under the minimum left out', async () => {
    await field('type').selectOption('flows');
    await field('dataset').selectOption('test_home_work');
    await field('minValue').fill('1000');
    const legend = page.locator('.legend[data-type="flows"]');
    await expect
      .poll(() => legend.locator('.legend-note').textContent())
      .toBe(fr('map:legend.flows', { drawn: 5, total: 8, min: formatValue(1000, 'fr') }));
    expect(await legend.locator('.legend-title').textContent()).toContain('Navettes de test 2024');
    await mapIdle(page);
    const lines = await page.evaluate(() => window.__taawunMap?.queryRenderedFeatures({ layers: ['flows-0'] }).length ?? 0);
    expect(lines).toBeGreaterThanOrEqual(5);
    // The test flows are all around Agadir: look closer for the screenshot.
    await page.evaluate(() => window.__taawunMap?.jumpTo({ center: [-9.5, 30.4], zoom: 9.3 }));
    await mapIdle(page);
    await shot('flows-fr');
  });

  it('draws glyphs offline from the bundled fonts: Latin, Arabic presentation forms, Tifinagh', async () => {
    const stack = 'Noto Sans,Noto Sans Arabic,Noto Sans Tifinagh';
    const drawn = async (start: number) => {
      const bytes = await page.evaluate(async ([s, r]) => Array.from((await window.__taawunGlyphRange?.(s, r)) ?? []), [
        stack,
        start,
      ] as const);
      const [range] = decodeGlyphRanges(Uint8Array.from(bytes));
      return new Map(range?.glyphs.map((g) => [g.id, g]));
    };
    const latin = await drawn(0);
    expect(latin.get(0x41)?.width).toBeGreaterThan(5); // A
    expect(latin.get(0xe9)?.bitmap?.some((b) => b > 0)).toBe(true); // é
    const arabic = await drawn(0xfe00);
    for (const cp of [0xfe8d, 0xfe91, 0xfedf, 0xfefb]) expect(arabic.get(cp)?.width, cp.toString(16)).toBeGreaterThan(1);
    const tifinagh = await drawn(0x2d00);
    for (const cp of [0x2d30, 0x2d4d, 0x2d63]) expect(tifinagh.get(cp)?.width, cp.toString(16)).toBeGreaterThan(1);
  });

  it('switches to Arabic: the page turns right-to-left, the legend mirrors, communes are named in Arabic', async () => {
    await page.goto(page.url()); // the region in full again, the document from the URL
    await mapIdle(page);
    await mapTab();
    await field('type').selectOption('choropleth');
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.locator(`.atlas-table tr[data-unit="${AGADIR}"] .unit-name`).textContent()).toBe('أكادير');
    const labelField = await page.evaluate(() => JSON.stringify(window.__taawunMap?.getLayoutProperty('labels', 'text-field')));
    expect(labelField.indexOf('name_ar')).toBeLessThan(labelField.indexOf('name_fr'));
    await mapIdle(page);
    const placed = await page.evaluate(() => window.__taawunMap?.queryRenderedFeatures({ layers: ['labels'] }).length ?? 0);
    expect(placed).toBeGreaterThan(40);
    const [map, legend] = await Promise.all([
      page.locator('.atlas-map').boundingBox(),
      page.locator('.atlas-legend').boundingBox(),
    ]);
    expect((legend?.x ?? 0) + (legend?.width ?? 0)).toBeLessThanOrEqual((map?.x ?? 0) + 1);
    await shot('choropleth-ar');
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="svg"]').click()]);
    const svg = readFileSync((await svgDownload.path()) as string, 'utf8');
    expect(svg).toContain('lang="ar"');
    expect(svg).toContain('أكادير');
  });
});
