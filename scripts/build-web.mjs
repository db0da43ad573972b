#!/usr/bin/env node
// Builds the web app with Vite. With --if-stale (what `npm start` uses), only when a source is
// newer than the last build, so starting the platform stays quick after the first time.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = ['web', 'src/i18n', 'src/core', 'src/report', 'vite.config.ts', 'package-lock.json'].map((p) =>
  path.join(root, p),
);
const built = path.join(root, 'web/dist/index.html');

function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = 0;
  for (const e of readdirSync(p)) if (e !== 'dist' && e !== 'node_modules') m = Math.max(m, newest(path.join(p, e)));
  return m;
}

if (!existsSync(path.join(root, 'web/index.html'))) process.exit(0);
if (process.argv.includes('--if-stale') && existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) {
  process.exit(0);
}
const { build } = await import('vite');
process.stderr.write('Building the web app…\n');
await build({ root: path.join(root, 'web'), configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
