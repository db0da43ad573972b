import { z } from 'zod';
import { emptyBatch } from '../../core/import/batch.ts';
import { countryCode } from '../../core/territory/types.ts';
import { cooperationFromTable } from '../cooperation/csv.ts';
import { readTable } from '../tables/read.ts';
import { defineImporter } from './importer.ts';

/** Cooperation bodies and their members, one row per membership (see `io/cooperation/csv.ts`). */
export const cooperationImporter = defineImporter({
  name: 'cooperation',
  input: 'file',
  accepts: ['.csv', '.txt', '.xlsx'],
  options: z.object({
    country: z.string().min(1).describe('territory code'),
    memberScheme: z.string().optional().describe('code scheme of the member codes when not official (hcp_digits)'),
    sheet: z.string().optional().describe('XLSX sheet (default: the first)'),
    encoding: z.string().optional().describe('CSV encoding when it cannot be detected'),
  }),
  async read(input, o) {
    const t = await readTable(input.path as string, { displayName: input.displayName, sheet: o.sheet, encoding: o.encoding });
    const batch = emptyBatch('cooperation', countryCode(o.country));
    batch.files.push(t.summary);
    const read = cooperationFromTable(t, { memberScheme: o.memberScheme ?? null });
    batch.issues.push(...t.issues, ...read.issues);
    batch.bodies = read.bodies;
    batch.memberships = read.memberships;
    return batch;
  },
});
