import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMoroccoBundle } from '../../src/io/morocco/bundle.ts';
import { downloadMoroccoBundle, MOROCCO_BUNDLE_FILES } from '../../src/io/morocco/download.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';

describeWithData('taawun import morocco --download', () => {
  let server: Server;
  let base: string;
  const requested: string[] = [];

  // A stand-in for the public repository, on this machine: the same layout as data/v1/ there.
  beforeAll(async () => {
    server = createServer((req, res) => {
      const rel = decodeURIComponent((req.url ?? '/').replace(/^\/data\/v1\//, ''));
      requested.push(rel);
      const file = path.join(dataPath('morocco'), rel);
      if (!rel || rel.includes('..') || !existsSync(file) || !statSync(file).isFile()) {
        res.statusCode = 404;
        res.end();
        return;
      }
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/v1/`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('fetches every file of the bundle into a folder the importer reads', async () => {
    const dest = mkdtempSync(path.join(os.tmpdir(), 'taawun-dl-'));
    const lines: string[] = [];
    const dir = await downloadMoroccoBundle((m) => lines.push(m), { dest, baseUrl: base });
    expect(requested.sort()).toEqual([...MOROCCO_BUNDLE_FILES].sort());
    expect(lines).toHaveLength(MOROCCO_BUNDLE_FILES.length);
    const batch = await readMoroccoBundle(dir, { region: '09' });
    expect(batch.units.filter((u) => u.level === 'commune')).toHaveLength(175);
    expect(batch.boundaries).toHaveLength(175);
  });

  it('says which file failed and suggests --from when offline', async () => {
    const dest = mkdtempSync(path.join(os.tmpdir(), 'taawun-dl-'));
    await expect(downloadMoroccoBundle(() => {}, { dest, baseUrl: 'http://127.0.0.1:9/data/v1/' })).rejects.toThrow(
      /cannot download http:\/\/127\.0\.0\.1:9\/data\/v1\/attributes\/regions\.csv.*--from/,
    );
  });

  it('reports an HTTP error with its status', async () => {
    const dest = mkdtempSync(path.join(os.tmpdir(), 'taawun-dl-'));
    await expect(downloadMoroccoBundle(() => {}, { dest, baseUrl: `${base}missing/` })).rejects.toThrow(/HTTP 404/);
  });
});
