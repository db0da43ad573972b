import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { classify, classIndex } from '../../src/core/map/classify/index.ts';
import type { MapData } from '../../src/core/map/data.ts';
import { paletteColors } from '../../src/core/map/palettes.ts';
import { variableValues } from '../../src/core/map/values.ts';
import { flowsImporter } from '../../src/io/importers/flows.ts';
import { runImport } from '../../src/services/import.ts';
import type { Db } from '../../src/store/db.ts';

/** Helpers of the atlas browser test: building the app, expected classes, reading the map. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** What the legend must say for population density in Jenks classes, computed here independently. */
export function expectedJenks(data: MapData, classes: number) {
  const values = variableValues(data, { indicator: 'population', per: 'area' });
  const known = [...values.values()].filter((v): v is number => v !== null);
  const { breaks } = classify(known, { method: 'jenks', classes });
  const counts = new Array<number>(breaks.length + 1).fill(0);
  for (const v of known) counts[classIndex(v, breaks)] = (counts[classIndex(v, breaks)] as number) + 1;
  const colors = paletteColors('YlOrRd', breaks.length + 1);
  const colorOf = (code: string) => {
    const v = values.get(code);
    return v === null || v === undefined ? null : (colors[classIndex(v, breaks)] as string);
  };
  return { breaks, counts, noData: values.size - known.length, colors, colorOf };
}

/**
 * A few home–work flows between communes of greater Agadir, written by the test (the Souss-Massa
 * bundle has no flows): enough to draw the flow map type and check its legend.
 */
export async function importFixtureFlows(db: Db): Promise<void> {
  const rows = [
    ['09.273.01.15', '09.001.01.01', 9200],
    ['09.273.01.05', '09.001.01.01', 7400],
    ['09.273.01.13', '09.001.01.01', 5100],
    ['09.001.05.09', '09.001.01.01', 3800],
    ['09.273.05.27', '09.273.01.05', 1200],
    ['09.001.01.01', '09.273.01.15', 900],
    ['09.163.01.11', '09.001.01.01', 450],
    ['09.001.07.03', '09.001.01.01', 120],
  ];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taawun-flows-'));
  const file = path.join(dir, 'navettes-test.csv');
  writeFileSync(file, `origin,destination,value\n${rows.map((r) => r.join(',')).join('\n')}\n`);
  const res = await runImport(
    db,
    flowsImporter,
    { path: file, displayName: 'navettes-test.csv' },
    { country: 'MA', key: 'test_home_work', name: 'Navettes de test', kind: 'home_work', year: 2024, level: 'commune' },
    { actor: { id: 'test', kind: 'cli' }, acceptRepairs: true },
  );
  if (!res.report.committed) throw new Error(`fixture flows not imported: ${JSON.stringify(res.report.summary)}`);
}

/** Waits until the atlas has data and MapLibre has drawn everything it was asked for. */
export async function mapIdle(page: Page) {
  await page.locator('.atlas[data-ready="true"]').waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('.atlas-map');
    const m = window.__taawunMap;
    return el?.getAttribute('data-idle') === 'true' && !!m && m.loaded() && !m.isMoving();
  });
}

/** The fill MapLibre evaluated for a unit (queried from what is rendered), as #rrggbb. */
export function renderedFill(page: Page, code: string): Promise<string | null> {
  return page.evaluate((c) => {
    const m = window.__taawunMap;
    const f = m?.queryRenderedFeatures({ layers: ['units-fill'], filter: ['==', ['get', 'code'], c] })[0];
    const col = (f?.layer.paint as Record<string, unknown> | undefined)?.['fill-color'] as
      | { r: number; g: number; b: number }
      | undefined;
    if (!col) return null;
    return `#${[col.r, col.g, col.b]
      .map((x) =>
        Math.round(x * 255)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
  }, code);
}

/** Where a unit's label point is on the screen (page coordinates), to hover or click it. */
export async function unitPoint(page: Page, code: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((c) => {
    const m = window.__taawunMap;
    const f = m?.querySourceFeatures('points', { filter: ['==', ['get', 'code'], c] })[0];
    if (!m || !f || f.geometry.type !== 'Point') return null;
    const q = m.project(f.geometry.coordinates as [number, number]);
    return { x: q.x, y: q.y };
  }, code);
  if (!p) throw new Error(`unit ${code} not on the map`);
  const box = await page.locator('.atlas-map').boundingBox();
  if (!box) throw new Error('no map');
  return { x: box.x + p.x, y: box.y + p.y };
}
