import { Command, InvalidArgumentError } from 'commander';
import type { TFunction } from 'i18next';
import { redactUrl, resolveDbTarget } from '../../store/db.ts';
import { startServer } from '../../server/start.ts';
import { fail, globals, tr } from '../context.ts';

/** `taawun serve`: the web app and the API; what `npm start` runs. */
export function serveCommand(t: TFunction): Command {
  return new Command('serve')
    .description(t('cli:commands.serve'))
    .option('--port <port>', t('cli:args.port'), (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(t('cli:errors.notAPort', { value: v }));
      return n;
    })
    .option('--host <host>', t('cli:args.host'), process.env.HOST ?? '127.0.0.1')
    .option('--no-demo', t('cli:args.noDemo'))
    .action(async (o: { port?: number; host: string; demo: boolean }, self: Command) => {
      const g = globals(self);
      const tt = tr(g);
      try {
        const target = resolveDbTarget(g.db);
        const port = o.port ?? Number(process.env.PORT ?? 8080);
        const log = (m: string) => process.stderr.write(`${m}\n`);
        log(tt('cli:serve.opening', { db: redactUrl(target) }));
        const running = await startServer({
          db: target,
          port,
          host: o.host,
          demo: o.demo,
          logger: process.env.TAAWUN_LOG_LEVEL ?? 'warn',
          log,
        });
        log(tt('cli:serve.ready', { url: running.url, docs: `${running.url}/api/docs` }));
        const stop = async () => {
          log(tt('cli:serve.stopping'));
          await running.stop();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (e) {
        fail(e, tt);
      }
    });
}
