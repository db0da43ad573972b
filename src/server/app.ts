import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Db } from '../store/db.ts';
import { maxImportBytes } from '../io/source.ts';
import type { ServerContext } from './context.ts';
import { installErrorHandler } from './errors.ts';
import { JobQueue } from './jobs.ts';
import { cooperationRoutes } from './routes/cooperation.ts';
import { importRoutes } from './routes/imports.ts';
import { mapRoutes } from './routes/maps.ts';
import { metaRoutes } from './routes/meta.ts';
import { territoryRoutes } from './routes/territory.ts';
import { serveWebApp } from './static.ts';

export const API_VERSION = '0.1.0';

export interface AppOptions {
  db: Db;
  /** Log level of the server (pino): 'info' logs every request; false for none (tests). */
  logger?: boolean | string;
  /** Folder of the built web app; omitted in API-only tests. */
  webDir?: string | null;
  uploadDir?: string;
}

/** The HTTP API (documented at /api/docs) and the web app, on one Fastify instance. */
export async function buildApp(opts: AppOptions): Promise<{ app: FastifyInstance; ctx: ServerContext }> {
  const logger = typeof opts.logger === 'string' ? { level: opts.logger } : (opts.logger ?? false);
  const app = Fastify({ logger, bodyLimit: 10 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  const uploadDir = opts.uploadDir ?? path.join(os.tmpdir(), 'taawun-uploads');
  mkdirSync(uploadDir, { recursive: true });
  const ctx: ServerContext = { db: opts.db, jobs: new JobQueue(), uploadDir };

  // Boundaries and map data are large JSON: gzip or brotli them for the browser.
  // Brotli's default quality (11) takes about a second on a national boundary file; 5 is ~20× faster
  // for a file only ~10% larger.
  await app.register(compress, {
    threshold: 2048,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Taawun API',
        version: API_VERSION,
        description:
          'Territorial reference (units, boundaries, indicators, flows), the register of existing cooperation, and imports with their validation reports.',
      },
      tags: [
        { name: 'territory', description: 'Countries, levels, units, boundaries' },
        { name: 'cooperation', description: 'Register of existing cooperation' },
        { name: 'imports', description: 'Imports as background jobs with progress and report' },
        { name: 'maps', description: 'Map data, flows and saved map documents' },
        { name: 'meta', description: 'Health, indicators, importers' },
      ],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(multipart, { limits: { fileSize: maxImportBytes(), files: 1, fields: 40 } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => {
    await metaRoutes(api, ctx);
    await territoryRoutes(api, ctx);
    await cooperationRoutes(api, ctx);
    await importRoutes(api, ctx);
    await mapRoutes(api, ctx);
  });
  if (opts.webDir) await serveWebApp(app, opts.webDir);
  return { app, ctx };
}
