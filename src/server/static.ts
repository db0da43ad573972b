import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web app. Files are looked up on each request (a rebuild is served without a
 * restart); other GET paths outside /api that ask for HTML get index.html, so client-side
 * routes (/territories/MA/…) can be reloaded or shared.
 */
export async function serveWebApp(app: FastifyInstance, webDir: string) {
  const root = path.resolve(webDir);
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn(`web app not built in ${root}: run "npm run build:web"`);
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], wildcard: true });
  // The fallback to index.html for client-side routes is in the not-found handler (errors.ts).
}
