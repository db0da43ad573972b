import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { readMoroccoBundle } from '../../src/io/morocco/bundle.ts';
import { buildApp } from '../../src/server/app.ts';
import type { ServerContext } from '../../src/server/context.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { buildWebApp, launchChromium } from '../helpers/browser.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';
import { freshDb, type TestDb } from '../helpers/db.ts';

/**
 * The web app as a planner uses it, in Debian's Chromium: choose Morocco, walk down to Souss-Massa,
 * find Agadir by its Arabic name, read its record, switch to Arabic, open the register of
 * cooperation, and have a bad file refused on the imports page. Screenshots of each screen go to
 * test-output/screenshots/ for a person to look at.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOTS = path.join(ROOT, 'test-output/screenshots');
const fr = translator('fr');
const ar = translator('ar');
const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');

describeWithData('web app shell in a browser (Souss-Massa)', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let ctx: ServerContext;
  let browser: Browser;
  let page: Page;
  let base: string;
  let webDir: string;
  const errors: string[] = [];

  beforeAll(async () => {
    webDir = await buildWebApp();
    db = await freshDb('pglite');
    const batch = await readMoroccoBundle(dataPath('morocco'), { region: '09' });
    const { report } = await applyBatch(db, batch, { actor: { id: 'test', kind: 'cli' }, acceptRepairs: true });
    expect(report.outcome).toBe('committed');
    ({ app, ctx } = await buildApp({ db, webDir }));
    base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 880 } });
    page.setDefaultTimeout(15_000);
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
  });

  const shot = (name: string, fullPage = false) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });

  it('lists the territories, Maroc among them, in French by default', async () => {
    await page.goto(`${base}/`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.locator('[data-country="MA"]').waitFor();
    expect(await page.locator('[data-country="MA"] .territory-card-name').textContent()).toBe('Maroc');
    await shot('01-territories-fr');
  });

  it('walks down to Souss-Massa and lists its 6 provinces and prefectures', async () => {
    await page.locator('[data-country="MA"]').click();
    await page.locator('.unit-row[data-unit="09"]').click();
    await page.locator('h1', { hasText: 'Souss-Massa' }).waitFor();
    const provinces = page.locator('.child-list section[data-level="province"] .unit-row');
    await expect.poll(() => provinces.count()).toBe(6);
    expect(await provinces.first().locator('.unit-row-name').textContent()).toBe('Agadir-Ida-Ou-Tanane');
    await shot('02-region-fr');
  });

  it('lists cercles and, apart, the urban communes that hang from the province directly', async () => {
    await page.locator('.unit-row[data-unit="09.001"]').click();
    await page.locator('h1', { hasText: 'Agadir-Ida-Ou-Tanane' }).waitFor();
    await expect.poll(() => page.locator('.child-list section[data-level="cercle"] .unit-row').count()).toBe(2);
    await expect
      .poll(() => page.locator('.child-list section[data-level="commune"] .unit-row[data-unit="09.001.01.01"]').count())
      .toBe(1);
  });

  it('finds Agadir by its name in Arabic script', async () => {
    await page.locator('.browser input[type="search"]').fill('أكادير');
    await page.locator('.search-results .unit-row[data-unit="09.001.01.01"]').waitFor();
    await shot('03-search-arabic-script-fr');
  });

  it("shows Agadir's record: 504,768 inhabitants in 2024, and where the record comes from", async () => {
    await page.locator('.search-results .unit-row[data-unit="09.001.01.01"]').click();
    await page.locator('h1', { hasText: 'Agadir' }).waitFor();
    const cell = page.locator('tr[data-indicator="population"] td[data-year="2024"]');
    await expect.poll(async () => digits(await cell.textContent())).toBe('504768');
    expect(digits(await page.locator('tr[data-indicator="population"] td[data-year="2014"]').textContent())).toBe('421844');
    expect(await page.locator('.crumbs').textContent()).toContain('Souss-Massa');
    expect(await page.locator('.card', { hasText: fr('web:inspector.provenance') }).textContent()).toContain('communes.csv');
    await shot('04-inspector-fr', true);
  });

  it('switches to Arabic: the page turns right-to-left, names in Arabic, and the choice is kept', async () => {
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('أكادير');
    expect(await page.locator('.unit-row[data-unit="09.001.01.01"] .unit-row-name').textContent()).toBe('أكادير');
    expect(await page.locator('.card-title').first().textContent()).toBe(ar('web:inspector.series'));
    await shot('05-inspector-ar', true);
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.locator('.unit-row[data-unit="09.001.01.01"]').waitFor();
  });

  it('the register of cooperation lists the two ECI with 12 and 5 members, and their members', async () => {
    await page.goto(`${base}/t/MA/cooperation?lang=fr`);
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
    const rows = page.locator('tr[data-body]');
    await expect.poll(() => rows.count()).toBe(2);
    const members = await page
      .locator('tr[data-body] td[data-members]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-members')));
    expect(members.sort()).toEqual(['12', '5']);
    expect(await rows.first().textContent()).toContain('ECI');
    await page.locator('tr[data-body="grand_agadir"] a').click();
    await page.locator('.member-table').waitFor();
    await expect.poll(() => page.locator('.member-table tbody tr').count()).toBe(12);
    expect(await page.locator('.member-table').textContent()).toContain('Biougra');
    expect(await page.locator('.body-detail .eyebrow').textContent()).toBe(fr('common:bodyTypes.eci'));
    await shot('06-cooperation-fr');
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.locator('.body-detail .eyebrow').textContent()).toBe(ar('common:bodyTypes.eci'));
    await shot('07-cooperation-ar');
  });

  it('refuses a CSV whose code matches no unit, and says so in words', async () => {
    await page.goto(`${base}/imports?lang=fr`);
    await page.locator('#importer').selectOption('indicators');
    await page.locator('[data-option="country"] select').selectOption('MA');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'population-fausse.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code,name,population_2024\n09.001.01.01,Agadir,504768\n99.999.99.99,Nulle part,12\n'),
    });
    await page.getByRole('button', { name: fr('web:imports.check') }).click();
    const report = page.locator('.report[data-outcome="errors"]');
    await report.waitFor();
    expect(await report.locator('.verdict').textContent()).toContain(fr('web:imports.outcome.errors'));
    const issue = report.locator('.issue-group[data-severity="error"] li[data-code="code_unmatched"]');
    expect(await issue.locator('.issue-text').textContent()).toBe(fr('issues:code_unmatched', { code: '99.999.99.99' }));
    expect(await issue.locator('.issue-where').textContent()).toContain(fr('issues:where.row', { row: 3 }));
    await expect.poll(() => page.locator('.journal-table tbody tr').count()).toBeGreaterThanOrEqual(2);
    await shot('08-imports-refused-fr', true);
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect
      .poll(() => issue.locator('.issue-text').textContent())
      .toBe(ar('issues:code_unmatched', { code: '99.999.99.99' }));
    await shot('09-imports-refused-ar', true);
  });

  it('checks a valid CSV without writing, then imports it on confirmation', async () => {
    await page.goto(`${base}/imports?lang=fr`);
    await page.locator('[data-option="country"] select').selectOption('MA');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'souks.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code,name,souks_2024\n09.001.01.01,Agadir,3\n'),
    });
    await page.getByRole('button', { name: fr('web:imports.check') }).click();
    await page.locator('.report[data-outcome="dry_run"]').waitFor();
    await page.getByRole('button', { name: fr('web:imports.confirm'), exact: true }).click();
    await page.locator('.report[data-outcome="committed"]').waitFor();
    await page.goto(`${base}/t/MA/u/09.001.01.01?level=commune`);
    await expect
      .poll(async () => digits(await page.locator('tr[data-indicator="souks"] td[data-year="2024"]').textContent()))
      .toBe('3');
  });
});
