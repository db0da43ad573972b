import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMoroccoBundle } from '../../src/io/morocco/bundle.ts';
import { buildApp } from '../../src/server/app.ts';
import type { JobQueue } from '../../src/server/jobs.ts';
import { applyBatch } from '../../src/store/imports/apply.ts';
import { fingerprint, freshDb, type TestDb } from '../helpers/db.ts';
import { dataPath, describeWithData } from '../helpers/data.ts';

describeWithData('HTTP API on Souss-Massa', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let jobs: JobQueue;
  let base: string;

  beforeAll(async () => {
    db = await freshDb('pglite');
    await applyBatch(db, await readMoroccoBundle(dataPath('morocco'), { region: '09' }), {
      actor: { id: 'test', kind: 'cli' },
      acceptRepairs: true,
    });
    const built = await buildApp({ db, webDir: null });
    app = built.app;
    jobs = built.ctx.jobs;
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const r = await fetch(base + url, { headers });
    return { status: r.status, body: (await r.json()) as any };
  };

  it('documents itself with OpenAPI', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toMatch(/^3\./);
    for (const p of [
      '/api/countries',
      '/api/countries/{country}/units',
      '/api/countries/{country}/boundaries',
      '/api/countries/{country}/cooperation',
      '/api/imports/{importer}',
      '/api/imports/{id}',
    ]) {
      expect(Object.keys(body.paths)).toContain(p);
    }
    expect((await fetch(`${base}/api/docs`)).status).toBe(200);
  });

  it('walks the territory tree', async () => {
    const countries = await get('/api/countries');
    expect(countries.body.countries).toEqual([expect.objectContaining({ code: 'MA', fictional: false, units: 200 })]);
    const country = await get('/api/countries/MA');
    expect(country.body.levels.map((l: { id: string }) => l.id)).toEqual([
      'region',
      'province',
      'cercle',
      'commune',
      'arrondissement',
    ]);
    const regions = await get('/api/countries/MA/units?level=region');
    expect(regions.body.units.map((u: { code: string }) => u.code)).toEqual(['09']);
    const provinces = await get('/api/countries/MA/units?parent=09&indicators=population');
    expect(provinces.body.total).toBe(6);
    const agadirIda = provinces.body.units.find((u: { code: string }) => u.code === '09.001');
    expect(agadirIda.values.population).toEqual({ year: 2024, value: 721431 });
    // Urban communes hang directly from the province; rural ones from a cercle.
    const children = await get('/api/countries/MA/units?parent=09.001');
    const levels = new Set(children.body.units.map((u: { level: string }) => u.level));
    expect(levels).toEqual(new Set(['cercle', 'commune']));
  });

  it('finds communes by name in either script and shows a unit with its series', async () => {
    const ar = await get(`/api/countries/MA/units?search=${encodeURIComponent('أكادير')}`);
    expect(ar.body.units.map((u: { code: string }) => u.code)).toContain('09.001.01.01');
    const fr = await get('/api/countries/MA/units?search=tiznit&level=commune');
    expect(fr.body.units.map((u: { names: { fr: string } }) => u.names.fr)).toContain('Tiznit');
    const unit = await get('/api/countries/MA/units/09.001.01.01');
    expect(unit.body.series.population).toMatchObject([
      { year: 2014, value: 421844, note: null },
      { year: 2024, value: 504768, note: null },
    ]);
    expect(unit.body.ancestors.map((a: { code: string }) => a.code)).toEqual(['09', '09.001']);
    expect(unit.body.provenance).toMatchObject({ file: 'communes.csv', author: 'test' });
  });

  it('serves boundaries as TopoJSON whose neighbours share their borders, smaller when simplified', async () => {
    const full = await fetch(`${base}/api/countries/MA/boundaries?level=commune&within=09`);
    const topo = (await full.json()) as Topology;
    const obj = topo.objects.commune as GeometryCollection;
    expect(obj.geometries).toHaveLength(175);
    // Every inner border is one arc used by two communes: both sides move together when simplified.
    const arcUse = new Map<number, number>();
    const walk = (a: unknown): void => {
      if (typeof a === 'number') arcUse.set(a < 0 ? ~a : a, (arcUse.get(a < 0 ? ~a : a) ?? 0) + 1);
      else if (Array.isArray(a)) a.forEach(walk);
    };
    for (const g of obj.geometries) walk((g as { arcs?: unknown }).arcs);
    const shared = [...arcUse.values()].filter((n) => n === 2).length;
    expect(shared).toBeGreaterThan(400);
    const simplified = await fetch(`${base}/api/countries/MA/boundaries?level=commune&within=09&zoom=6`);
    const small = (await simplified.json()) as Topology;
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(topo).length / 2);
    // Simplified, each inner border is still one arc referenced by both neighbours.
    const smallUse = new Map<number, number>();
    const walkSmall = (a: unknown): void => {
      if (typeof a === 'number') smallUse.set(a < 0 ? ~a : a, (smallUse.get(a < 0 ? ~a : a) ?? 0) + 1);
      else if (Array.isArray(a)) a.forEach(walkSmall);
    };
    for (const g of (small.objects.commune as GeometryCollection).geometries) walkSmall((g as { arcs?: unknown }).arcs);
    expect([...smallUse.values()].filter((n) => n === 2).length).toBe(shared);
    const inner = mesh(small, small.objects.commune as GeometryCollection, (a, b) => a !== b);
    expect(inner.coordinates.length).toBeGreaterThan(100);
    const fc = feature(small, small.objects.commune as GeometryCollection) as GeoJSON.FeatureCollection;
    expect(fc.features.every((f) => f.geometry !== null)).toBe(true);
  });

  it('lists the cooperation register', async () => {
    const { body } = await get('/api/countries/MA/cooperation?within=09');
    expect(body.bodies.map((b: { members: number }) => b.members).sort()).toEqual([12, 5]);
    const agadir = await get('/api/countries/MA/cooperation/grand_agadir');
    expect(agadir.body.memberships).toHaveLength(12);
  });

  it('answers unknown things with 404 in the user’s language', async () => {
    const fr = await get('/api/countries/MA/units/00.000');
    expect(fr.status).toBe(404);
    expect(fr.body.error.message).toMatch(/introuvable/);
    const ar = await get('/api/countries/MA/units/00.000', { 'accept-language': 'ar,fr;q=0.5' });
    expect(ar.body.error.message).toMatch(/غير موجود/);
    const bad = await get('/api/countries/MA/units?limit=-1');
    expect(bad.status).toBe(400);
  });

  it('runs an upload as a job with progress and a report, and a refused one changes nothing', async () => {
    const before = await fingerprint(db);
    const form = new FormData();
    form.append('options', JSON.stringify({ country: 'MA', level: 'commune' }));
    form.append(
      'file',
      new Blob(['code,score_2024\n09.001.01.01,1\n00.000.00.00,2\n']),
      '../../<img src=x onerror=alert(1)>.csv',
    );
    const res = await fetch(`${base}/api/imports/indicators`, { method: 'POST', body: form });
    expect(res.status).toBe(202);
    const { job } = (await res.json()) as { job: { id: string } };
    await jobs.idle();
    const done = await get(`/api/imports/${job.id}`);
    expect(done.body.job.status).toBe('rolled_back');
    const unmatched = done.body.job.report.issues.find((i: { code: string }) => i.code === 'code_unmatched');
    expect(unmatched).toMatchObject({ file: '<img src=x onerror=alert(1)>.csv', row: 3 });
    expect(await fingerprint(db)).toEqual(before);

    const good = new FormData();
    good.append('options', JSON.stringify({ country: 'MA', level: 'commune', aggregation: 'sum' }));
    good.append('file', new Blob(['code,score_2024\n09.001.01.01,1\n09.273.01.15,2\n']), 'scores.csv');
    const ok = (await (await fetch(`${base}/api/imports/indicators`, { method: 'POST', body: good })).json()) as {
      job: { id: string };
    };
    await jobs.idle();
    const job2 = (await get(`/api/imports/${ok.job.id}`)).body.job;
    expect(job2.status).toBe('succeeded');
    expect(job2.report.counts.values).toBe(2);
    expect(job2.progress).toMatchObject({ phase: expect.any(String) });
    const journal = (await get('/api/imports')).body.journal;
    expect(journal[0]).toMatchObject({ kind: 'import.indicators', status: 'succeeded', outcome: 'committed' });
    expect((await get(`/api/imports/${job2.operation}`)).body.operation.report.counts.values).toBe(2);
  });

  it('never lets a client make the server read one of its own files', async () => {
    const form = new FormData();
    form.append('options', JSON.stringify({ geometry: '/etc/passwd' }));
    const r = await fetch(`${base}/api/imports/france`, { method: 'POST', body: form });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('option_not_allowed');
  });

  it('refuses bad options with the reason', async () => {
    const form = new FormData();
    form.append('options', JSON.stringify({ level: 'commune' }));
    form.append('file', new Blob(['code\n']), 'x.csv');
    const r = await fetch(`${base}/api/imports/indicators`, { method: 'POST', body: form });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: { code: string } }).error.code).toBe('invalid_options');
  });
});
