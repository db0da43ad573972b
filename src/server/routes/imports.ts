import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TaawunError } from '../../core/errors.ts';
import { issue } from '../../core/validation/issues.ts';
import { importerByName, IMPORTERS } from '../../io/importers/registry.ts';
import { maxImportBytes } from '../../io/source.ts';
import { runImport } from '../../services/import.ts';
import { getOperation, listOperations } from '../../store/repositories/meta.ts';
import type { ServerContext } from '../context.ts';
import { NotFound } from '../errors.ts';

interface Upload {
  path: string | null;
  filename: string | null;
  fields: Record<string, string>;
}

/**
 * Streams the upload to a temporary file, never holding it in memory; a file over the limit is
 * cut off by the multipart parser and refused with the limit named.
 */
async function receive(req: FastifyRequest, uploadDir: string): Promise<Upload> {
  const out: Upload = { path: null, filename: null, fields: {} };
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const target = path.join(uploadDir, randomUUID());
      await pipeline(part.file, createWriteStream(target));
      // Only the last path segment of the client's name is kept, for display in the report.
      const filename = path.basename(part.filename || 'upload').slice(0, 200);
      if (part.file.truncated) {
        await rm(target, { force: true });
        throw new TaawunError(
          issue('file_too_large', { file: filename, params: { bytes: maxImportBytes() + 1, limit: maxImportBytes() } }),
        );
      }
      out.path = target;
      out.filename = filename;
    } else {
      out.fields[part.fieldname] = String(part.value);
    }
  }
  return out;
}

const truthy = (v: string | undefined) => v === 'true' || v === '1' || v === 'on';

export async function importRoutes(app: FastifyInstance, ctx: ServerContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/imports/:importer',
    {
      schema: {
        tags: ['imports'],
        summary: 'Start an import: multipart with a `file` part and fields `options` (JSON), `acceptRepairs`, `dryRun`',
        description: `Importers: ${IMPORTERS.map((i) => i.name).join(', ')}. Returns 202 with the job to poll.`,
        params: z.object({ importer: z.string() }),
        consumes: ['multipart/form-data'],
      },
    },
    async (req, reply) => {
      const importer = importerByName(req.params.importer);
      if (!importer) throw new NotFound(`importer ${req.params.importer}`);
      if (importer.input === 'folder') {
        return reply
          .status(400)
          .send({ error: { code: 'folder_input', message: 'this importer reads a folder: use the command line' } });
      }
      const up = req.isMultipart()
        ? await receive(req, ctx.uploadDir)
        : { path: null, filename: null, fields: {} as Record<string, string> };
      if (importer.input === 'file' && !up.path) {
        return reply.status(400).send({ error: { code: 'file_missing', message: 'a "file" part is required' } });
      }
      let options: unknown = {};
      try {
        options = up.fields.options ? JSON.parse(up.fields.options) : {};
      } catch {
        return reply.status(400).send({ error: { code: 'invalid_request', message: 'options must be JSON' } });
      }
      const local = (importer.localPathOptions ?? []).filter((k) => (options as Record<string, unknown>)?.[k] !== undefined);
      if (local.length > 0) {
        if (up.path) await rm(up.path, { force: true });
        return reply.status(400).send({
          error: { code: 'option_not_allowed', message: `not accepted over HTTP (a path on the server): ${local.join(', ')}` },
        });
      }
      const parsed = importer.options.safeParse(options);
      if (!parsed.success) {
        if (up.path) await rm(up.path, { force: true });
        return reply
          .status(400)
          .send({ error: { code: 'invalid_options', message: parsed.error.message, details: parsed.error.issues } });
      }
      const job = ctx.jobs.submit(`import.${importer.name}`, async (progress) => {
        try {
          const res = await runImport(
            ctx.db,
            importer,
            { path: up.path ?? undefined, displayName: up.filename ?? undefined },
            parsed.data,
            {
              actor: { id: String(req.headers['x-taawun-user'] ?? 'web'), kind: 'http' },
              acceptRepairs: truthy(up.fields.acceptRepairs),
              dryRun: truthy(up.fields.dryRun),
              onProgress: progress,
            },
          );
          return { operation: res.opId, report: res.report };
        } finally {
          if (up.path) await rm(up.path, { force: true });
        }
      });
      return reply.status(202).send({ job });
    },
  );

  r.get('/api/imports', { schema: { tags: ['imports'], summary: 'Recent import jobs and the import journal' } }, async () => ({
    jobs: ctx.jobs.list(),
    journal: (await listOperations(ctx.db.kysely, { kindPrefix: 'import.', limit: 100 })).map(({ report, ...rest }) => ({
      ...rest,
      summary: (report as { summary?: unknown } | null)?.summary ?? null,
      outcome: (report as { outcome?: unknown } | null)?.outcome ?? null,
    })),
  }));

  r.get(
    '/api/imports/:id',
    {
      schema: {
        tags: ['imports'],
        summary: 'A job (by id) with its progress and report, or a journal entry (by operation number)',
        params: z.object({ id: z.string() }),
      },
    },
    async (req) => {
      const job = ctx.jobs.get(req.params.id);
      if (job) return { job };
      const n = Number(req.params.id);
      const op = Number.isInteger(n) ? await getOperation(ctx.db.kysely, n) : null;
      if (!op) throw new NotFound(`import ${req.params.id}`);
      return { operation: op };
    },
  );
}
