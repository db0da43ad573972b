import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';

/** Debian's Chromium; never a downloaded browser (override: CHROMIUM_PATH). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless as root on a machine with no GPU and no internet: no sandbox, no background calls
 * home, and WebGL through SwiftShader, which headless Chromium otherwise refuses to fall back to.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * The web app built into a folder of its own (a server running from web/dist is left alone), in
 * production mode: Vitest sets NODE_ENV=test, which would bundle React's development build.
 */
export async function buildWebApp(): Promise<string> {
  const root = path.resolve(import.meta.dirname, '../..');
  const webDir = mkdtempSync(path.join(os.tmpdir(), 'taawun-web-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: webDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return webDir;
}
