import { Command } from 'commander';
import type { TFunction } from 'i18next';
import { openDatabase, resolveDbTarget } from '../../store/db.ts';
import { migrate } from '../../store/migrate.ts';
import { fail, globals, tr } from '../context.ts';

/** `taawun db migrate`: applies the SQL migrations (also done at every start). */
export function dbCommand(t: TFunction): Command {
  const cmd = new Command('db').description(t('cli:commands.db'));
  cmd
    .command('migrate')
    .description(t('cli:commands.dbMigrate'))
    .action(async (_o: unknown, self: Command) => {
      const g = globals(self);
      const tt = tr(g);
      try {
        const db = await openDatabase(resolveDbTarget(g.db));
        try {
          const r = await migrate(db);
          process.stdout.write(
            `${tt('cli:db.migrated', { count: r.applied.length, version: r.current, location: db.location })}\n`,
          );
        } finally {
          await db.close();
        }
      } catch (e) {
        fail(e, tt);
      }
    });
  return cmd;
}
