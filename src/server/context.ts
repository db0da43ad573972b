import type { FastifyRequest } from 'fastify';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/index.ts';
import type { Db } from '../store/db.ts';
import type { JobQueue } from './jobs.ts';

/** What every route file gets: the database, the job queue and where uploads go. */
export interface ServerContext {
  db: Db;
  jobs: JobQueue;
  uploadDir: string;
}

/** The user's language: `?lang=`, else the first known one in Accept-Language, else French. */
export function requestLanguage(req: FastifyRequest): Language {
  const q = (req.query as { lang?: unknown } | undefined)?.lang;
  if (isLanguage(q)) return q;
  for (const part of String(req.headers['accept-language'] ?? '').split(',')) {
    const l = part.trim().slice(0, 2).toLowerCase();
    if (isLanguage(l)) return l;
  }
  return DEFAULT_LANGUAGE;
}
