import { z } from 'zod';
import { readFrance } from '../france/read.ts';
import { defineImporter } from './importer.ts';

/**
 * France from the COG package installed with the application (@etalab/decoupage-administratif):
 * nothing to upload; the 2018 commune boundaries are an optional file on the server.
 */
export const franceImporter = defineImporter({
  name: 'france',
  input: 'none',
  localPathOptions: ['geometry'],
  options: z.object({
    geometry: z.string().min(1).optional().describe('path of the 2018 commune boundaries (communes-2018.geojson.gz)'),
    departements: z
      .string()
      .regex(/^\s*[0-9AB]{1,3}(\s*,\s*[0-9AB]{1,3})*\s*$/i)
      .optional()
      .describe('keep only these départements (comma-separated)'),
  }),
  read: (_input, o, ctx) =>
    readFrance({ geometry: o.geometry ?? null, departements: o.departements ?? null, onProgress: ctx.onProgress }),
});
