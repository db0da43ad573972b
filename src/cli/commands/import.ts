import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import type { TFunction } from 'i18next';
import type { Importer } from '../../io/importers/importer.ts';
import { IMPORTERS } from '../../io/importers/registry.ts';
import { reportText } from '../../report/issue-text.ts';
import { runImport } from '../../services/import.ts';
import { cliActor } from '../../store/operations.ts';
import { EXIT, fail, globals, tr, withDb } from '../context.ts';
import { addSchemaOptions, schemaValues } from '../options.ts';
import { progressBar } from '../progress.ts';

/** `taawun import NAME …`: one subcommand per registered importer, flags generated from its options. */
export function importCommand(t: TFunction): Command {
  const cmd = new Command('import').description(t('cli:commands.import'));
  for (const importer of IMPORTERS) cmd.addCommand(importerCommand(importer, t));
  return cmd;
}

function importerCommand(importer: Importer, t: TFunction): Command {
  const cmd = new Command(importer.name).description(t(`cli:importers.${importer.name}`));
  if (importer.input === 'file') cmd.argument('<file>', t('cli:args.file'));
  if (importer.input === 'folder') cmd.option('--from <dir>', t('cli:args.folder'));
  if (importer.download) cmd.option('--download', t('cli:args.download'));
  addSchemaOptions(cmd, importer.name, importer.options, t);
  cmd
    .option('--accept-repairs', t('cli:args.acceptRepairs'))
    .option('--dry-run', t('cli:args.dryRun'))
    .option('--report <file>', t('cli:args.report'))
    .option('--json', t('cli:args.json'));
  cmd.action(async (...args: unknown[]) => {
    const self = args[args.length - 1] as Command;
    const g = globals(self);
    const tt = tr(g);
    const o = self.opts() as Record<string, unknown>;
    try {
      let path = importer.input === 'file' ? (args[0] as string) : (o.from as string | undefined);
      if (importer.input === 'folder' && !path) {
        if (!o.download || !importer.download) {
          process.stderr.write(`${tt('cli:errors.fromOrDownload')}\n`);
          process.exit(EXIT.usage);
        }
        path = await importer.download((m) => process.stderr.write(`${m}\n`));
      }
      const bar = progressBar(tt);
      const res = await withDb(g, (db) =>
        runImport(db, importer, { path }, schemaValues(importer.options, o), {
          actor: cliActor(),
          acceptRepairs: !!o.acceptRepairs,
          dryRun: !!o.dryRun,
          onProgress: bar.update,
        }),
      ).finally(() => bar.stop());
      const text = reportText(res.report, tt);
      if (o.report)
        writeFileSync(o.report as string, String(o.report).endsWith('.json') ? JSON.stringify(res.report, null, 2) : `${text}\n`);
      process.stdout.write(o.json ? `${JSON.stringify(res.report, null, 2)}\n` : `${text}\n`);
      const code =
        res.report.outcome === 'errors'
          ? EXIT.refused
          : res.report.outcome === 'repairs_not_accepted'
            ? EXIT.repairsNotAccepted
            : EXIT.ok;
      process.exitCode = code;
    } catch (e) {
      fail(e, tt);
    }
  });
  return cmd;
}
