import { describe, expect, it } from 'vitest';
import { formatProgress, progressBar, PROGRESS_MIN_BYTES } from '../../src/cli/progress.js';

const sink = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, stream: { write: (t: string) => void written.push(t), isTTY, columns: 80 } };
};

describe('progress bar text', () => {
  it('shows bytes done, rate and time left', () => {
    const line = formatProgress({ doneBytes: 2_000_000, totalBytes: 5_000_000, elapsedSeconds: 4 });
    expect(line).toContain('2.0/5.0 MB');
    expect(line).toContain('0.5 MB/s');
    expect(line).toContain('6 s left');
    const bar = line.match(/\[([#.]+)\]/)![1]!;
    expect(bar.split('#').length - 1).toBe(Math.round(bar.length * 0.4));
  });

  it('says minutes for long waits and has no rate before any progress', () => {
    expect(formatProgress({ doneBytes: 1_000_000, totalBytes: 100_000_000, elapsedSeconds: 1 })).toContain('1 min 39 s left');
    expect(formatProgress({ doneBytes: 0, totalBytes: 5_000_000, elapsedSeconds: 0 })).toContain('— MB/s  … left');
  });

  it('fits a narrow terminal', () => {
    expect(formatProgress({ doneBytes: 1, totalBytes: 2, elapsedSeconds: 1 }, 60).length).toBeLessThanOrEqual(80);
    expect(formatProgress({ doneBytes: 1e6, totalBytes: 2e6, elapsedSeconds: 1 }, 100).length).toBeLessThanOrEqual(100);
  });
});

describe('when the bar is drawn', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const { written, stream } = sink(false);
    expect(progressBar(stream, 50_000_000)).toBeUndefined();
    expect(written).toEqual([]);
  });

  it('draws nothing for a small input', () => {
    const { written, stream } = sink(true);
    expect(progressBar(stream, PROGRESS_MIN_BYTES - 1)).toBeUndefined();
    expect(written).toEqual([]);
  });

  it('redraws one line in place on a terminal and clears it at the end', () => {
    const { written, stream } = sink(true);
    let now = 0;
    const bar = progressBar(stream, 4_000_000, () => now)!;
    now = 2000;
    bar.update(500, 1000);
    bar.finish();
    expect(written[1]).toMatch(/^\r\x1b\[2Kanalysing \[.*\]  2\.0\/4\.0 MB  1\.0 MB\/s  2 s left$/);
    expect(written.at(-1)).toBe('\r\x1b[2K');
    expect(written.every((w) => !w.includes('\n'))).toBe(true);
  });
});
