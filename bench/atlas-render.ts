/**
 * The national map: time from navigation until all 1,503 Moroccan communes are drawn in headless
 * Chromium, and what the boundaries weigh on the wire at national zoom.
 *   npx tsx bench/atlas-render.ts [--runs 7] [--db FOLDER-WITH-MOROCCO]
 * Without --db, the whole Moroccan bundle is imported into a fresh database first. The server is
 * warmed by one visit (its caches of topology and map data are what every later user gets); each
 * measured run is a new browser context, so nothing comes from the browser's cache.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readMoroccoBundle } from '../src/io/morocco/bundle.ts';
import { startServer } from '../src/server/start.ts';
import { openDatabase } from '../src/store/db.ts';
import { applyBatch } from '../src/store/imports/apply.ts';
import { migrate } from '../src/store/migrate.ts';
import { buildWebApp, launchChromium } from '../test/helpers/browser.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('runs', '7'));
const root = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'taawun-atlas-bench-'));

const dbDir = path.join(tmp, 'db');
const given = opt('db');
if (given) cpSync(given, dbDir, { recursive: true });
else {
  const db = await openDatabase(dbDir);
  await migrate(db);
  const batch = await readMoroccoBundle(path.join(root, '../shared/data/morocco'));
  await applyBatch(db, batch, { actor: { id: 'bench', kind: 'cli' }, acceptRepairs: true });
  await db.close();
}

const webDir = await buildWebApp();

const server = await startServer({ db: dbDir, port: 0, host: '127.0.0.1', demo: false, webDir });
const browser = await launchChromium();
const url = `${server.url}/t/MA`;

type Run = { readyMs: number; boundariesWire: number; boundariesBytes: number; mapDataWire: number; drawn: number };
async function visit(): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.atlas[data-ready="true"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(
    () => {
      const el = document.querySelector('.atlas-map');
      const m = (window as unknown as { __taawunMap?: { loaded(): boolean; isMoving(): boolean } }).__taawunMap;
      return el?.getAttribute('data-idle') === 'true' && !!m && m.loaded() && !m.isMoving();
    },
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  // A string, not a function: tsx would wrap a function's inner helpers in names the page lacks.
  const r = (await page.evaluate(`(() => {
    const m = window.__taawunMap;
    const codes = new Set(m.querySourceFeatures('units').map((f) => f.properties.code));
    const entries = performance.getEntriesByType('resource');
    const sum = (part, key) => entries.filter((e) => e.name.includes(part)).reduce((s, e) => s + e[key], 0);
    return {
      readyMs: performance.now(),
      boundariesWire: sum('/boundaries', 'encodedBodySize'),
      boundariesBytes: sum('/boundaries', 'decodedBodySize'),
      mapDataWire: sum('/map-data', 'encodedBodySize'),
      drawn: codes.size,
    };
  })()`)) as Run;
  await context.close();
  return r;
}

await visit(); // warms the server's caches
const results: Run[] = [];
for (let i = 0; i < runs; i++) {
  results.push(await visit());
  process.stderr.write(`run ${i + 1}/${runs}: ${Math.round(results.at(-1)?.readyMs ?? 0)} ms\n`);
}
await browser.close();
await server.stop();
rmSync(tmp, { recursive: true, force: true });
rmSync(webDir, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;
console.log('| measure | median | runs |');
console.log('|---|---|---|');
console.log(
  `| national map drawn after navigation | ${(median(results.map((r) => r.readyMs)) / 1000).toFixed(2)} s | ${results.map((r) => (r.readyMs / 1000).toFixed(2)).join(', ')} |`,
);
console.log(`| communes in the map source | ${median(results.map((r) => r.drawn))} | |`);
console.log(`| boundaries on the wire (compressed) | ${kb(median(results.map((r) => r.boundariesWire)))} | |`);
console.log(`| boundaries decoded | ${kb(median(results.map((r) => r.boundariesBytes)))} | |`);
console.log(`| map data on the wire | ${kb(median(results.map((r) => r.mapDataWire)))} | |`);
