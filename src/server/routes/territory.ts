import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { boundariesTopology } from '../../core/geo/topology.ts';
import { boundariesGeoJSON, boundariesVersion } from '../../store/repositories/boundaries.ts';
import { listFacilities } from '../../store/repositories/facilities.ts';
import { getUnit, listUnits } from '../../store/repositories/territory.ts';
import { listCountries, listLevels } from '../../store/repositories/units.ts';
import type { ServerContext } from '../context.ts';
import { ResponseCache } from '../cache.ts';
import { NotFound } from '../errors.ts';

const country = z.object({ country: z.string().min(1).max(16) });
const indicatorsParam = z
  .string()
  .optional()
  .describe('comma-separated indicator ids, or "all"')
  .transform((s) => (s === undefined ? [] : s === 'all' ? ('all' as const) : s.split(',').filter(Boolean)));

export async function territoryRoutes(app: FastifyInstance, ctx: ServerContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const k = ctx.db.kysely;

  r.get(
    '/api/countries',
    { schema: { tags: ['territory'], summary: 'Territories loaded, fictional ones marked' } },
    async () => ({
      countries: await listCountries(k),
    }),
  );

  r.get(
    '/api/countries/:country',
    { schema: { tags: ['territory'], summary: 'A territory and its levels', params: country } },
    async (req) => {
      const c = (await listCountries(k)).find((x) => x.code === req.params.country);
      if (!c) throw new NotFound(`country ${req.params.country}`);
      return { ...c, levels: await listLevels(k, c.code) };
    },
  );

  r.get(
    '/api/countries/:country/units',
    {
      schema: {
        tags: ['territory'],
        summary: 'Units by level, parent or ancestor, with the latest value of chosen indicators',
        params: country,
        querystring: z.object({
          level: z.string().optional(),
          parent: z.string().optional().describe('code of the parent: its direct children'),
          parentLevel: z.string().optional().describe('level of that parent, where codes repeat across levels'),
          within: z.string().optional().describe('code of an ancestor: all units below it'),
          withinLevel: z.string().optional().describe('level of that ancestor, where codes repeat across levels'),
          search: z.string().max(100).optional().describe('part of a name (Latin or Arabic script) or the start of a code'),
          indicators: indicatorsParam,
          limit: z.coerce.number().int().min(1).max(50000).default(1000),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
    },
    async (req) => {
      const q = req.query;
      return listUnits(k, {
        country: req.params.country,
        level: q.level,
        parent: q.parent,
        parentLevel: q.parentLevel,
        within: q.within,
        withinLevel: q.withinLevel,
        search: q.search,
        indicators: q.indicators,
        limit: q.limit,
        offset: q.offset,
      });
    },
  );

  r.get(
    '/api/countries/:country/units/:code',
    {
      schema: {
        tags: ['territory'],
        summary: 'One unit: names, ancestors, children, aliases, indicator series and provenance',
        params: country.extend({ code: z.string().min(1).max(64) }),
        querystring: z.object({ level: z.string().optional() }),
      },
    },
    async (req) => {
      const u = await getUnit(k, req.params.country, req.params.code, req.query.level);
      if (!u) throw new NotFound(`unit ${req.params.code}`);
      return u;
    },
  );

  // Topologies are cached per boundaries version: they only change when an import writes boundaries.
  const cache = new ResponseCache<unknown>(64);
  r.get(
    '/api/countries/:country/boundaries',
    {
      schema: {
        tags: ['territory'],
        summary: 'Boundaries of one level as TopoJSON (shared borders kept) or GeoJSON',
        description:
          'TopoJSON stores each border shared by two units once, so simplification (by `zoom`) moves both sides together: no slivers or gaps between neighbours.',
        params: country,
        querystring: z.object({
          level: z.string().default('commune'),
          within: z.string().optional().describe('code of a region or province'),
          withinLevel: z.string().optional(),
          zoom: z.coerce.number().min(0).max(22).optional().describe('simplify for display at this web-map zoom'),
          format: z.enum(['topojson', 'geojson']).default('topojson'),
        }),
      },
    },
    async (req, reply) => {
      const q = req.query;
      const version = await boundariesVersion(k, req.params.country);
      const key = JSON.stringify([req.params.country, q, version]);
      const body = await cache.get(key, async () => {
        const fc = await boundariesGeoJSON(k, {
          country: req.params.country,
          level: q.level,
          within: q.within,
          withinLevel: q.withinLevel,
        });
        if (fc.features.length === 0) throw new NotFound(`boundaries of ${q.level}${q.within ? ` in ${q.within}` : ''}`);
        return q.format === 'geojson' ? fc : boundariesTopology(fc, { object: q.level, zoom: q.zoom ?? null });
      });
      reply.header('content-type', q.format === 'geojson' ? 'application/geo+json' : 'application/json');
      reply.header('etag', `"${version}"`);
      return body;
    },
  );

  r.get(
    '/api/countries/:country/facilities',
    {
      schema: {
        tags: ['territory'],
        summary: 'Facilities (points) by category, optionally inside a unit',
        params: country,
        querystring: z.object({
          category: z.string().optional(),
          within: z.string().optional(),
          withinLevel: z.string().optional(),
        }),
      },
    },
    async (req) => ({ facilities: await listFacilities(k, { country: req.params.country, ...req.query }) }),
  );
}
