#!/usr/bin/env node
// `npm test`: the whole suite with Vitest, ending with one line "N passed, N failed[, N skipped]"
// that CI reads. Arguments are passed to Vitest (a file or a -t filter to run one test).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-output', { recursive: true });
const out = 'test-output/vitest.json';
rmSync(out, { force: true });
const r = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

/** A file that failed to load (or in a hook) counts once; failed tests are already counted. */
function filesFailedWithoutTests(j) {
  return (j.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
}

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const j = JSON.parse(readFileSync(out, 'utf8'));
  passed = j.numPassedTests;
  failed = j.numFailedTests + filesFailedWithoutTests(j);
  skipped = j.numPendingTests + (j.numTodoTests ?? 0);
} catch {
  failed = 1;
}
if (r.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
