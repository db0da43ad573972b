import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built web app; unknown non-API paths get index.html so client routes work. */
export async function serveWebApp(app: FastifyInstance, webDir: string) {
  const root = path.resolve(webDir);
  if (!existsSync(path.join(root, 'index.html'))) {
    app.log.warn(`web app not built in ${root}: run "npm run build:web"`);
    return;
  }
  await app.register(fastifyStatic, { root, prefix: '/', index: ['index.html'], wildcard: false });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    if (req.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
