import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { validateMapDocument } from '../../core/map/document.ts';
import {
  createMapDocument,
  deleteMapDocument,
  getMapDocument,
  InvalidMapDocument,
  listMapDocuments,
  updateMapDocument,
} from '../../store/repositories/map-documents.ts';
import { flowsOf, listFlowDatasets, mapData } from '../../store/repositories/map-data.ts';
import { dataVersion } from '../../store/repositories/meta.ts';
import { ResponseCache } from '../cache.ts';
import type { Actor } from '../../store/operations.ts';
import type { ServerContext } from '../context.ts';
import { NotFound } from '../errors.ts';

const actorOf = (req: FastifyRequest): Actor => ({ id: String(req.headers['x-taawun-user'] ?? 'web'), kind: 'http' });

export async function mapRoutes(app: FastifyInstance, ctx: ServerContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const k = ctx.db.kysely;
  const country = z.object({ country: z.string().min(1).max(16) });
  const mapDataCache = new ResponseCache<Awaited<ReturnType<typeof mapData>>>(32);

  r.get(
    '/api/countries/:country/map-data',
    {
      schema: {
        tags: ['maps'],
        summary: 'Units of one level with every year of chosen indicators, their ancestors and cooperation bodies',
        params: country,
        querystring: z.object({
          level: z.string().default('commune'),
          within: z.string().optional(),
          withinLevel: z.string().optional(),
          indicators: z
            .string()
            .default('')
            .transform((s) => s.split(',').filter(Boolean)),
        }),
      },
    },
    async (req) => {
      const q = { country: req.params.country, ...req.query };
      return mapDataCache.get(JSON.stringify([q, await dataVersion(k)]), () => mapData(k, q));
    },
  );

  r.get(
    '/api/countries/:country/flows',
    { schema: { tags: ['maps'], summary: 'Flow datasets of a territory', params: country } },
    async (req) => ({ datasets: await listFlowDatasets(k, req.params.country) }),
  );

  r.get(
    '/api/countries/:country/flows/:dataset',
    {
      schema: {
        tags: ['maps'],
        summary: 'Origin–destination flows of a dataset, largest first',
        params: country.extend({ dataset: z.string().min(1) }),
        querystring: z.object({
          min: z.coerce.number().min(0).default(0),
          within: z.string().optional(),
          withinLevel: z.string().optional(),
        }),
      },
    },
    async (req) => {
      const f = await flowsOf(k, {
        country: req.params.country,
        dataset: req.params.dataset,
        minValue: req.query.min,
        within: req.query.within,
        withinLevel: req.query.withinLevel,
      });
      if (!f) throw new NotFound(`flow dataset ${req.params.dataset}`);
      return f;
    },
  );

  const body = z.object({ name: z.string().min(1).max(200), document: z.unknown() });
  const invalid = (e: unknown) =>
    e instanceof InvalidMapDocument ? { error: { code: 'invalid_map_document', message: e.message, details: e.errors } } : null;

  r.get(
    '/api/maps',
    { schema: { tags: ['maps'], summary: 'Saved map documents', querystring: z.object({ country: z.string().optional() }) } },
    async (req) => ({ maps: await listMapDocuments(ctx.db, req.query.country) }),
  );
  r.post(
    '/api/maps/validate',
    { schema: { tags: ['maps'], summary: 'Validate (and migrate) a map document without saving it', body: z.unknown() } },
    async (req) => validateMapDocument(req.body),
  );
  r.post('/api/maps', { schema: { tags: ['maps'], summary: 'Save a new map document', body } }, async (req, reply) => {
    try {
      return reply.status(201).send(await createMapDocument(ctx.db, actorOf(req), req.body.name, req.body.document));
    } catch (e) {
      const b = invalid(e);
      if (b) return reply.status(400).send(b);
      throw e;
    }
  });
  const id = z.object({ id: z.coerce.number().int().positive() });
  r.get('/api/maps/:id', { schema: { tags: ['maps'], summary: 'One saved map document', params: id } }, async (req) => {
    const m = await getMapDocument(ctx.db, req.params.id);
    if (!m) throw new NotFound(`map ${req.params.id}`);
    return m;
  });
  r.put(
    '/api/maps/:id',
    { schema: { tags: ['maps'], summary: 'Replace a saved map document', params: id, body } },
    async (req, reply) => {
      try {
        const m = await updateMapDocument(ctx.db, actorOf(req), req.params.id, req.body.name, req.body.document);
        if (!m) throw new NotFound(`map ${req.params.id}`);
        return m;
      } catch (e) {
        const b = invalid(e);
        if (b) return reply.status(400).send(b);
        throw e;
      }
    },
  );
  r.delete(
    '/api/maps/:id',
    { schema: { tags: ['maps'], summary: 'Delete a saved map document', params: id } },
    async (req, reply) => {
      if (!(await deleteMapDocument(ctx.db, actorOf(req), req.params.id))) throw new NotFound(`map ${req.params.id}`);
      return reply.status(204).send();
    },
  );
}
