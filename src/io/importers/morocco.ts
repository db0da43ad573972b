import { z } from 'zod';
import { readMoroccoBundle } from '../morocco/bundle.ts';
import { downloadMoroccoBundle } from '../morocco/download.ts';
import { defineImporter } from './importer.ts';

export const moroccoImporter = defineImporter({
  name: 'morocco',
  input: 'folder',
  options: z.object({
    region: z
      .string()
      .regex(/^\d{1,2}$/)
      .optional()
      .describe('import one region only, by its two-digit code (09 for Souss-Massa)'),
  }),
  download: (log) => downloadMoroccoBundle(log),
  read: (input, options, ctx) => {
    if (!input.path) throw new Error('the morocco importer needs the bundle folder');
    return readMoroccoBundle(input.path, { region: options.region ?? null, onProgress: ctx.onProgress });
  },
});
