import { Command } from 'commander';
import { countryCommand } from './commands/country.ts';
import { dbCommand } from './commands/db.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { serveCommand } from './commands/serve.ts';
import { language, tr } from './context.ts';

/**
 * The `taawun` command. Help and messages follow --lang (or TAAWUN_LANG), French by default;
 * --db (or DATABASE_URL) picks the database for every command.
 */
export function buildProgram(argv: string[]): Command {
  const langArg = argv.find((_a, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const t = tr({ lang: langArg ?? language({}) });
  const program = new Command('taawun')
    .description(t('cli:description'))
    .option('--db <path|url>', t('cli:args.db'))
    .option('--lang <fr|ar|en>', t('cli:args.lang'))
    .showHelpAfterError()
    .enablePositionalOptions(false);
  program.addCommand(serveCommand(t));
  program.addCommand(importCommand(t));
  program.addCommand(exportCommand(t));
  program.addCommand(dbCommand(t));
  program.addCommand(countryCommand(t));
  return program;
}

await buildProgram(process.argv).parseAsync(process.argv);
