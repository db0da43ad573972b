/**
 * Full Moroccan import: time and peak memory on PGlite and on PostgreSQL, medians over runs.
 *   npx tsx bench/import-morocco.ts [--runs 5] [--pg postgres://postgres@127.0.0.1:5432/test]
 * Each run imports the 1,503 communes (boundaries, censuses, crosswalk, cooperation) into a fresh
 * migrated database, in a child process whose peak RSS is the run's. Database creation (PGlite's
 * initdb and PostGIS install, once per folder) is measured apart.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt('runs', '5'));
const pgUrl = opt('pg', process.env.TEST_DATABASE_URL);
const bundle = path.resolve(opt('data', path.join(import.meta.dirname, '../../shared/data/morocco')) as string);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'taawun-bench-'));

type Run = { openMs: number; readMs: number; applyMs: number; importMs: number; peakRssMB: number };
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function measure(target: string): Run {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'import-morocco-run.ts'), target, bundle],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').at(-1) as string);
}

// Creation of an embedded database, once: initdb, PostGIS, migrations.
const created = path.join(tmp, 'template');
const c0 = performance.now();
const tpl = await openDatabase(created);
await migrate(tpl);
await tpl.close();
const createMs = performance.now() - c0;

const results: Record<string, Run[]> = { pglite: [] };
for (let i = 0; i < runs; i++) {
  const dir = path.join(tmp, `run-${i}`);
  cpSync(created, dir, { recursive: true });
  results.pglite?.push(measure(dir));
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`pglite run ${i + 1}/${runs}\n`);
}
if (pgUrl) {
  results.postgres = [];
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  for (let i = 0; i < runs; i++) {
    const name = `taawun_bench_${process.pid}_${i}`;
    await admin.query(`create database ${name}`);
    const u = new URL(pgUrl);
    u.pathname = `/${name}`;
    results.postgres.push(measure(u.toString()));
    await admin.query(`drop database ${name} with (force)`);
    process.stderr.write(`postgres run ${i + 1}/${runs}\n`);
  }
  await admin.end();
}
rmSync(tmp, { recursive: true, force: true });

const rows = Object.entries(results).map(([backend, rs]) => ({
  backend,
  runs: rs.length,
  importS: median(rs.map((r) => r.importMs)) / 1000,
  applyS: median(rs.map((r) => r.applyMs)) / 1000,
  openS: median(rs.map((r) => r.openMs)) / 1000,
  peakRssMB: median(rs.map((r) => r.peakRssMB)),
  maxPeakRssMB: Math.max(...rs.map((r) => r.peakRssMB)),
}));
mkdirSync(path.join(import.meta.dirname, 'output'), { recursive: true });
writeFileSync(
  path.join(import.meta.dirname, 'output/import-morocco.json'),
  JSON.stringify({ createS: createMs / 1000, rows, results, cpus: os.cpus().length, node: process.version }, null, 2),
);
console.log(
  '| backend | runs | import (median) | of which writing + checks | open + migrate | peak RSS (median) | peak RSS (max) |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.backend} | ${r.runs} | ${r.importS.toFixed(1)} s | ${r.applyS.toFixed(1)} s | ${r.openS.toFixed(1)} s | ${Math.round(r.peakRssMB)} MB | ${Math.round(r.maxPeakRssMB)} MB |`,
  );
}
console.log(
  `\nCreating a new PGlite database (initdb + PostGIS + migrations), once per folder: ${(createMs / 1000).toFixed(1)} s`,
);
