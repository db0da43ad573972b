import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import type { TFunction } from 'i18next';
import { exportUnits } from '../../services/export.ts';
import { listCountries } from '../../store/repositories/units.ts';
import { EXIT, fail, globals, tr, withDb } from '../context.ts';

/** `taawun export units`: one row per unit with its latest indicator values, CSV or GeoJSON. */
export function exportCommand(t: TFunction): Command {
  const cmd = new Command('export').description(t('cli:commands.export'));
  cmd
    .command('units')
    .description(t('cli:commands.exportUnits'))
    .option('--country <code>', t('cli:args.country'))
    .requiredOption('--level <level>', t('cli:args.level'))
    .option('--within <code>', t('cli:args.within'))
    .addOption(new Option('--format <format>', t('cli:args.format')).choices(['csv', 'geojson']).default('csv'))
    .option('--out <file>', t('cli:args.out'))
    .action(
      async (o: { country?: string; level: string; within?: string; format: 'csv' | 'geojson'; out?: string }, self: Command) => {
        const g = globals(self);
        const tt = tr(g);
        try {
          await withDb(g, async (db) => {
            const country = o.country ?? (await defaultCountry(db, tt));
            const out = o.out ? createWriteStream(o.out) : process.stdout;
            const n = await exportUnits(db, { country, level: o.level, within: o.within ?? null, format: o.format }, out);
            if (o.out) {
              (out as ReturnType<typeof createWriteStream>).end();
              await once(out, 'finish');
            }
            process.stderr.write(`${tt('cli:export.done', { count: n, level: o.level })}\n`);
          });
        } catch (e) {
          fail(e, tt);
        }
      },
    );
  return cmd;
}

/** The only territory, or the only real one beside the demo; otherwise the user must choose. */
async function defaultCountry(db: Parameters<typeof exportUnits>[0], t: TFunction): Promise<string> {
  const all = await listCountries(db.kysely);
  const real = all.filter((c) => !c.fictional);
  const pick = real.length === 1 ? real[0] : all.length === 1 ? all[0] : undefined;
  if (!pick) {
    process.stderr.write(`${t('cli:errors.chooseCountry', { countries: all.map((c) => c.code).join(', ') || '-' })}\n`);
    process.exit(EXIT.usage);
  }
  return pick.code;
}
