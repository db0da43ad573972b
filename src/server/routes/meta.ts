import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IMPORTERS } from '../../io/importers/registry.ts';
import { listIndicators } from '../../store/repositories/meta.ts';
import type { ServerContext } from '../context.ts';

export async function metaRoutes(app: FastifyInstance, ctx: ServerContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/health',
    {
      schema: {
        tags: ['meta'],
        summary: 'Is the server up, and on which storage',
        response: { 200: z.object({ ok: z.boolean(), backend: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async () => ({ ok: true, backend: ctx.db.backend }),
  );

  r.get(
    '/api/indicators',
    {
      schema: {
        tags: ['meta'],
        summary: 'Indicator definitions and the years that have values',
        querystring: z.object({ country: z.string().optional() }),
      },
    },
    async (req) => ({ indicators: await listIndicators(ctx.db.kysely, req.query.country ?? null) }),
  );

  r.get(
    '/api/importers',
    { schema: { tags: ['meta'], summary: 'Available importers, their input and their options as JSON Schema' } },
    async () => ({
      importers: IMPORTERS.map((i) => ({
        name: i.name,
        input: i.input,
        accepts: i.accepts ?? [],
        options: z.toJSONSchema(i.options, { io: 'input' }),
      })),
    }),
  );
}
