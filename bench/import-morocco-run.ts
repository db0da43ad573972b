/**
 * One measured run, in its own process so that peak memory is this run's alone:
 * opens the database, imports the whole Moroccan bundle, prints a JSON line of timings.
 * Usage: tsx bench/import-morocco-run.ts <db folder or URL> <bundle folder>
 */
import { readFileSync } from 'node:fs';
import { readMoroccoBundle } from '../src/io/morocco/bundle.ts';
import { openDatabase } from '../src/store/db.ts';
import { applyBatch } from '../src/store/imports/apply.ts';
import { migrate } from '../src/store/migrate.ts';

const [target, bundle] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
const db = await openDatabase(target);
await migrate(db);
const t1 = performance.now();
const batch = await readMoroccoBundle(bundle);
const t2 = performance.now();
const { report } = await applyBatch(db, batch, { actor: { id: 'bench', kind: 'cli' }, acceptRepairs: true });
const t3 = performance.now();
await db.close();
if (report.outcome !== 'committed') throw new Error(`import not committed: ${report.outcome}`);
console.log(
  JSON.stringify({
    openMs: t1 - t0,
    readMs: t2 - t1,
    applyMs: t3 - t2,
    importMs: t3 - t1,
    peakRssMB: peakRssMB(),
    communes: report.counts['units.commune'],
    boundaries: report.counts.boundaries,
  }),
);

/**
 * Peak resident memory of this process image. Not getrusage's maxRSS: Linux carries that over
 * from the parent through fork and exec, so a child of a big parent would report the parent's.
 */
function peakRssMB(): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return hwm ? Number(hwm[1]) / 1024 : process.resourceUsage().maxRSS / 1024;
}
