import { Command } from 'commander';
import type { TFunction } from 'i18next';
import { emptyBatch } from '../../core/import/batch.ts';
import { countryCode } from '../../core/territory/types.ts';
import { applyBatch } from '../../store/imports/apply.ts';
import { cliActor } from '../../store/operations.ts';
import { fail, globals, tr, withDb } from '../context.ts';

/**
 * `taawun country create CODE --name NAME --levels region,province,commune`: a new territory
 * with its levels (each hanging from the previous one), ready for a boundaries import.
 */
export function countryCommand(t: TFunction): Command {
  const cmd = new Command('country').description(t('cli:commands.country'));
  cmd
    .command('create <code>')
    .description(t('cli:commands.countryCreate'))
    .requiredOption('--name <name>', t('cli:args.countryName'))
    .option('--name-ar <name>', t('cli:args.countryNameAr'))
    .requiredOption('--levels <ids>', t('cli:args.levels'))
    .action(async (code: string, o: { name: string; nameAr?: string; levels: string }, self: Command) => {
      const g = globals(self);
      const tt = tr(g);
      try {
        const ids = o.levels
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const batch = emptyBatch('country', countryCode(code));
        batch.countryDef = {
          code: countryCode(code),
          names: { fr: o.name, ar: o.nameAr ?? null },
          levels: ids.map((id, i) => ({
            id,
            rank: i + 1,
            labels: { fr: id },
            parents: i > 0 ? [ids[i - 1] as string] : [],
            expectsBoundary: i === ids.length - 1,
          })),
        };
        const r = await withDb(g, (db) => applyBatch(db, batch, { actor: cliActor() }));
        process.stdout.write(`${tt('cli:country.created', { code, levels: ids.join(' → '), outcome: r.report.outcome })}\n`);
      } catch (e) {
        fail(e, tt);
      }
    });
  return cmd;
}
