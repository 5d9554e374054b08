/**
 * The progress bar of long analyses: one line on stderr, redrawn in place, only on a terminal
 * and only for inputs over PROGRESS_MIN_BYTES, so pipes, logs and `--json` output never see it.
 */
import type { OutStream } from './io.js';

export const PROGRESS_MIN_BYTES = 1_000_000;

export interface ProgressState {
  doneBytes: number;
  totalBytes: number;
  elapsedSeconds: number;
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

function duration(seconds: number): string {
  const s = Math.ceil(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** `[#######.......]  2.1/5.0 MB  0.8 MB/s  4 s left`, fitted to `width` columns. */
export function formatProgress({ doneBytes, totalBytes, elapsedSeconds }: ProgressState, width = 80): string {
  const fraction = totalBytes > 0 ? Math.min(1, doneBytes / totalBytes) : 1;
  const rate = elapsedSeconds > 0 ? doneBytes / elapsedSeconds : 0;
  const left = rate > 0 ? duration((totalBytes - doneBytes) / rate) : '…';
  const tail = `  ${mb(doneBytes)}/${mb(totalBytes)} MB  ${rate > 0 ? `${mb(rate)} MB/s` : '— MB/s'}  ${left} left`;
  const barWidth = Math.max(10, Math.min(40, width - tail.length - 13));
  const filled = Math.round(fraction * barWidth);
  return `analysing [${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]${tail}`;
}

/**
 * A reporter for `(done, total)` in characters read, drawn as bytes of `totalBytes`; undefined
 * when nothing should be drawn (stderr not a terminal, or a small input). `finish` clears the line.
 */
export function progressBar(stderr: OutStream, totalBytes: number, clock: () => number = () => performance.now()): { update: (done: number, total: number) => void; finish: () => void } | undefined {
  if (!stderr.isTTY || totalBytes < PROGRESS_MIN_BYTES) return undefined;
  const started = clock();
  let drawn = false;
  const draw = (fraction: number) => {
    const state = { doneBytes: fraction * totalBytes, totalBytes, elapsedSeconds: (clock() - started) / 1000 };
    stderr.write(`\r\x1b[2K${formatProgress(state, stderr.columns || 80)}`);
    drawn = true;
  };
  draw(0);
  return {
    update: (done, total) => draw(total > 0 ? done / total : 1),
    finish: () => {
      if (drawn) stderr.write('\r\x1b[2K');
    },
  };
}
