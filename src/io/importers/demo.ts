import { z } from 'zod';
import { DEMO_SEED, generateDemoTerritory } from '../../core/demo/generate.ts';
import { defineImporter } from './importer.ts';

/**
 * The fictional demonstration territory (country DEMO), generated rather than read: what the app
 * loads into an empty database, since real boundaries and census data cannot be shipped with it.
 */
export const demoImporter = defineImporter({
  name: 'demo',
  input: 'none',
  options: z.object({
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(DEMO_SEED)
      .describe('seed of the generator; the same seed always gives the same territory'),
  }),
  read: async (_input, options, ctx) => {
    ctx.onProgress({ phase: 'generate', done: 0, total: 1 });
    const batch = generateDemoTerritory({ seed: options.seed });
    ctx.onProgress({ phase: 'generate', done: 1, total: 1 });
    return batch;
  },
});
