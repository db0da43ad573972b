import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BODY_TYPES } from '../../core/territory/cooperation.ts';
import { getBody, listBodies } from '../../store/repositories/cooperation.ts';
import type { ServerContext } from '../context.ts';
import { NotFound } from '../errors.ts';

export async function cooperationRoutes(app: FastifyInstance, ctx: ServerContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const country = z.object({ country: z.string().min(1).max(16) });

  r.get(
    '/api/countries/:country/cooperation',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'Cooperation bodies, optionally those with members inside a unit',
        params: country,
        querystring: z.object({
          within: z.string().optional().describe('code of a region, province…'),
          withinLevel: z.string().optional(),
          type: z.enum(BODY_TYPES).optional(),
        }),
      },
    },
    async (req) => ({ bodies: await listBodies(ctx.db.kysely, { country: req.params.country, ...req.query }) }),
  );

  r.get(
    '/api/countries/:country/cooperation/:code',
    {
      schema: {
        tags: ['cooperation'],
        summary: 'One body with its members (join and leave dates) and events',
        params: country.extend({ code: z.string().min(1).max(64) }),
      },
    },
    async (req) => {
      const b = await getBody(ctx.db.kysely, req.params.country, req.params.code);
      if (!b) throw new NotFound(`cooperation body ${req.params.code}`);
      return b;
    },
  );
}
