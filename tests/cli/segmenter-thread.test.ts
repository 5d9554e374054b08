// `analyze` of a long input loads nodejieba on a thread of its own (CutterThread) and prints
// the same JSON as reading on one thread.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKER_THRESHOLD_CHARS } from '../../src/pipeline/index.js';
import { segmenterLoaded } from '../../src/segment/index.js';
import { article, expectOneLineError, tempDir, tempHome, zhcards } from './helpers.js';

describe('the segmenter thread', () => {
  it('reads a long input with nodejieba on its own thread, giving what one thread gives', async () => {
    // Over the threshold: the sample article many times over (a repeated sentence is read once).
    const text = readFileSync(article, 'utf8');
    const long = join(tempDir(), 'long.txt');
    writeFileSync(long, Array(Math.ceil(WORKER_THRESHOLD_CHARS / text.length) + 1).fill(text).join('\n\n'));
    const threaded = await zhcards(['analyze', long, '--json', '--no-db'], { home: tempHome(), threads: true });
    expect(threaded.code, threaded.err).toBe(0);
    // This thread never loaded nodejieba: the segmenter thread cut for it.
    expect(segmenterLoaded()).toBe(false);
    const alone = await zhcards(['analyze', long, '--json', '--no-db'], { home: tempHome() });
    expect(segmenterLoaded()).toBe(true);
    expect(threaded.out).toBe(alone.out);
    expect(JSON.parse(threaded.out).stats.wordTokens).toBeGreaterThan(10_000);
  }, 120_000);

  it('a bad input is still one line, exit 1', async () => {
    const r = await zhcards(['analyze', join(tempDir(), 'missing.txt'), '--no-db'], { home: tempHome(), threads: true });
    expectOneLineError(r, 1, /missing\.txt: no such file or directory/);
  });
});
