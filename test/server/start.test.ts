import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Running, startServer } from '../../src/server/start.ts';
import { freshDb, type TestDb } from '../helpers/db.ts';

describe('npm start on an empty database', () => {
  let db: TestDb;
  let running: Running | undefined;

  beforeAll(async () => {
    db = await freshDb('pglite');
    await db.close();
  });
  afterAll(async () => {
    await running?.stop();
    await db?.dispose();
  });

  it('loads the fictional demonstration territory, labelled as such', async () => {
    running = await startServer({ db: db.target, port: 0, host: '127.0.0.1', demo: true, webDir: null });
    const countries = (await (await fetch(`${running.url}/api/countries`)).json()) as {
      countries: { code: string; fictional: boolean; names: { fr: string }; units: number }[];
    };
    expect(countries.countries).toHaveLength(1);
    const demo = countries.countries[0];
    expect(demo?.fictional).toBe(true);
    expect(demo?.names.fr).toMatch(/fictif/i);
    const communes = (await (await fetch(`${running.url}/api/countries/${demo?.code}/units?level=commune&limit=1`)).json()) as {
      total: number;
    };
    expect(communes.total).toBeGreaterThanOrEqual(140);
    expect(communes.total).toBeLessThanOrEqual(160);
    const bodies = (await (await fetch(`${running.url}/api/countries/${demo?.code}/cooperation`)).json()) as {
      bodies: unknown[];
    };
    expect(bodies.bodies).toHaveLength(2);
    await running.stop();
    running = undefined;
  });

  it('does not load it again on a database that has data', async () => {
    running = await startServer({ db: db.target, port: 0, host: '127.0.0.1', demo: true, webDir: null });
    const journal = (await (await fetch(`${running.url}/api/imports`)).json()) as { journal: { kind: string }[] };
    expect(journal.journal.filter((j) => j.kind === 'import.demo')).toHaveLength(1);
  });
});
