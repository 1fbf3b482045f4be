import cliProgress from 'cli-progress';
import type { CliIO } from './io.ts';

/** A progress line on stderr for long interactive runs; silent when piped or in CI so logs stay clean. */
export function progress(io: CliIO, label: string): { tick(detail: string): void; stop(): void } {
  if (!io.interactive) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} {value} documents | {rate}/s | {detail}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let count = 0;
  bar.start(0, 0, { detail: '', rate: '0' });
  return {
    tick(detail) {
      count++;
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(count, { detail: detail.slice(-40), rate: (count / seconds).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
