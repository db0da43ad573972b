import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { TaawunError } from '../core/errors.ts';
import { translator } from '../i18n/index.ts';
import { issueText } from '../report/issue-text.ts';
import { requestLanguage } from './context.ts';

/** Body of every error response: a stable code for programs, a sentence for people. */
export interface ApiError {
  error: { code: string; message: string; issue?: unknown; details?: unknown };
}

export class NotFound extends Error {
  constructor(readonly what: string) {
    super(`not found: ${what}`);
  }
}

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const t = translator(requestLanguage(req));
    if (err instanceof TaawunError) {
      return reply.status(400).send({ error: { code: err.issue.code, message: issueText(err.issue, t), issue: err.issue } });
    }
    if (err instanceof NotFound) {
      return reply.status(404).send({ error: { code: 'not_found', message: t('cli:errors.notFound', { what: err.what }) } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply.status(400).send({
        error: { code: 'invalid_request', message: t('cli:errors.invalidRequest'), details: err.validation },
      });
    }
    if (err.statusCode && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: { code: err.code ?? 'bad_request', message: err.message } });
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: 'internal', message: t('cli:errors.internal') } });
  });
  app.setNotFoundHandler((req, reply) => {
    // A page of the web app (/territories/MA/…): the client-side router takes it from index.html.
    const wantsPage =
      req.method === 'GET' && !req.url.startsWith('/api/') && String(req.headers.accept ?? '').includes('text/html');
    if (wantsPage && typeof (reply as { sendFile?: unknown }).sendFile === 'function') return reply.sendFile('index.html');
    const t = translator(requestLanguage(req));
    reply.status(404).send({ error: { code: 'not_found', message: t('cli:errors.notFound', { what: req.url }) } });
  });
}
