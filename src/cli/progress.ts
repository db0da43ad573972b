import cliProgress from 'cli-progress';
import type { TFunction } from 'i18next';
import type { Progress, ProgressFn } from '../core/import/batch.ts';

/**
 * A progress bar on stderr (stdout stays clean for exports piped elsewhere). Without a terminal
 * (CI, a pipe) it prints one line when a phase starts instead of redrawing a bar.
 */
export function progressBar(t: TFunction, stream: NodeJS.WriteStream = process.stderr): { update: ProgressFn; stop(): void } {
  if (!stream.isTTY) {
    let last = '';
    return {
      update(p: Progress) {
        if (p.phase === last) return;
        last = p.phase;
        stream.write(`${t('cli:progress.phase', { phase: t(`cli:phases.${p.phase}`, { defaultValue: p.phase }) })}\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: ' {phase} [{bar}] {percentage}% {value}/{total}', stream, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p: Progress) {
      const phase = t(`cli:phases.${p.phase}`, { defaultValue: p.phase }).padEnd(14);
      if (!started) {
        bar.start(Math.max(p.total, 1), p.done, { phase });
        started = true;
      }
      bar.setTotal(Math.max(p.total, 1));
      bar.update(p.done, { phase });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
