import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importerByName } from '../../src/io/importers/registry.ts';
import { readMoroccoBundle } from '../../src/io/morocco/bundle.ts';
import { buildApp } from '../../src/server/app.ts';
import { runImport } from '../../src/services/import.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { backends, freshDb, type TestDb } from '../helpers/db.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';

const actor = { id: 'test', kind: 'cli' as const };

for (const backend of backends()) {
  describeWithData(`map data and map documents (${backend})`, () => {
    let db: TestDb;
    let app: FastifyInstance;
    let base: string;

    beforeAll(async () => {
      db = await freshDb(backend);
      await applyBatch(db, await readMoroccoBundle(dataPath('morocco'), { region: '09' }), { actor, acceptRepairs: true });
      const dir = mkdtempSync(path.join(os.tmpdir(), 'taawun-maps-'));
      const csv = path.join(dir, 'navettes.csv');
      writeFileSync(
        csv,
        'origin,destination,value\n09.001.05.09,09.001.01.01,1200\n09.273.01.15,09.001.01.01,3400\n09.001.01.01,09.273.01.15,800\n09.551.01.01,09.001.01.01,5\n',
      );
      const flows = importerByName('flows');
      if (!flows) throw new Error('no flows importer');
      await runImport(db, flows, { path: csv }, { country: 'MA', key: 'navettes', year: 2024 }, { actor });
      app = (await buildApp({ db, webDir: null })).app;
      await app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await app?.close();
      await db?.dispose();
    });

    const json = async (url: string, init?: RequestInit) => {
      const r = await fetch(base + url, init);
      return { status: r.status, body: r.status === 204 ? null : ((await r.json()) as any) };
    };
    const send = (method: string, body: unknown) => ({
      method,
      headers: { 'content-type': 'application/json', 'x-taawun-user': 'amina' },
      body: JSON.stringify(body),
    });

    it('gives every commune of the region with its years, ancestors and bodies', async () => {
      const { body } = await json('/api/countries/MA/map-data?level=commune&within=09&indicators=population,households');
      expect(body.units).toHaveLength(175);
      const agadir = body.units.find((u: { code: string }) => u.code === '09.001.01.01');
      expect(agadir.values.population).toEqual({ '2014': 421844, '2024': 504768 });
      expect(agadir.ancestors).toEqual({ region: '09', province: '09.001' });
      expect(agadir.areaKm2).toBeCloseTo(112.3, 0);
      const rural = body.units.find((u: { code: string }) => u.code === '09.001.05.09');
      expect(rural.ancestors.cercle).toBe('09.001.05');
      expect(body.memberships).toHaveLength(17);
      expect(body.ancestorNames['09.001'].fr).toBe('Agadir-Ida-Ou-Tanane');
    });

    it('lists flow datasets and filters flows by value', async () => {
      const list = await json('/api/countries/MA/flows');
      expect(list.body.datasets).toEqual([expect.objectContaining({ key: 'navettes', flows: 4, year: 2024 })]);
      const big = await json('/api/countries/MA/flows/navettes?min=100');
      expect(big.body.flows.map((f: { value: number }) => f.value)).toEqual([3400, 1200, 800]);
      expect((await json('/api/countries/MA/flows/none')).status).toBe(404);
    });

    it('saves, lists, updates and deletes map documents, each write journaled with its author', async () => {
      const doc = {
        version: 1,
        country: 'MA',
        level: 'commune',
        within: '09',
        layers: [
          {
            type: 'choropleth',
            variable: { indicator: 'population', per: 'area' },
            classification: { method: 'jenks', classes: 5 },
            palette: { scheme: 'YlOrRd' },
          },
        ],
      };
      const created = await json('/api/maps', send('POST', { name: 'Densité Souss-Massa', document: doc }));
      expect(created.status).toBe(201);
      expect(created.body.document).toMatchObject({ version: 1, title: '', overlays: [], labels: { show: false } });
      const id = created.body.id;
      const updated = await json(
        `/api/maps/${id}`,
        send('PUT', { name: 'Densité 2024', document: { ...doc, title: 'Densité' } }),
      );
      expect(updated.body).toMatchObject({ name: 'Densité 2024', document: { title: 'Densité' } });
      expect((await json('/api/maps?country=MA')).body.maps.map((m: { name: string }) => m.name)).toEqual(['Densité 2024']);
      const journal = await db.kysely
        .selectFrom('operation')
        .select(['kind', 'author'])
        .where('kind', 'like', 'map.%')
        .orderBy('id')
        .execute();
      expect(journal).toEqual([
        { kind: 'map.create', author: 'amina' },
        { kind: 'map.update', author: 'amina' },
      ]);
      expect((await json(`/api/maps/${id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await json(`/api/maps/${id}`)).status).toBe(404);
    });

    it('refuses an invalid document field by field, and migrates an old one', async () => {
      const bad = await json(
        '/api/maps',
        send('POST', {
          name: 'x',
          document: {
            version: 1,
            country: 'MA',
            level: 'commune',
            layers: [
              {
                type: 'choropleth',
                variable: { indicator: 'population' },
                classification: { method: 'sorcery', classes: 40 },
                palette: { scheme: 'Blues' },
              },
            ],
          },
        }),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual([
        'layers.0.classification.method',
        'layers.0.classification.classes',
      ]);
      const old = await json(
        '/api/maps/validate',
        send('POST', { country: 'MA', level: 'commune', variable: 'population', method: 'jenks', classes: 4, palette: 'Greens' }),
      );
      expect(old.body).toMatchObject({
        ok: true,
        document: {
          version: 1,
          layers: [{ type: 'choropleth', classification: { method: 'jenks', classes: 4 }, palette: { scheme: 'Greens' } }],
        },
      });
      const unknownCountry = await json(
        '/api/maps',
        send('POST', { name: 'y', document: { version: 1, country: 'ZZ', level: 'commune', layers: [] } }),
      );
      expect(unknownCountry.status).toBe(400);
    });

    it('compresses boundaries for the browser', async () => {
      const r = await fetch(`${base}/api/countries/MA/boundaries?level=commune&within=09&zoom=7`, {
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(r.headers.get('content-encoding')).toBe('gzip');
      expect(((await r.json()) as { type: string }).type).toBe('Topology');
    });
  });
}
