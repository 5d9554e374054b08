import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/domain/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { App } from '../../src/ui/App.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'select', 'study.txt');
const strip = (s: string | undefined) => (s ?? '').replace(/\x1b\[[0-9;]*m/g, '');

/** Polls the last frame until it satisfies `ok` (or fails after `ms`), instead of sleeping. */
async function frameWhere(lastFrame: () => string | undefined, ok: (f: string) => boolean, ms = 3000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const f = strip(lastFrame());
    if (ok(f)) return f;
    if (Date.now() > until) throw new Error(`expected frame never came; last frame:\n${f}`);
    await new Promise((r) => setImmediate(r));
  }
}

let analyze: (level: number) => Analysis;
beforeAll(async () => {
  const articles = await readInputs([fixture]);
  const cache = new Map<number, Analysis>();
  analyze = (level) => cache.get(level) ?? cache.set(level, analyzeArticles(articles, { level })).get(level)!;
  analyze(3);
});

describe('study sentences and stats in the app', () => {
  it('lists an excerpt, not its whole sentence', async () => {
    const { lastFrame, stdin, unmount } = render(<App analyze={analyze} initialLevel={3} />);
    await frameWhere(lastFrame, (f) => f.includes('HSK 3'));
    stdin.write('2');
    const f = await frameWhere(lastFrame, (x) => x.includes('老师也表扬了我们'));
    expect(f).toContain('昨天下午，我们在图书馆讨论了很多问题');
    expect(f).not.toContain('问题，气氛');
    unmount();
  });

  it('the header and the Stats view give the same "you know" share, and say what the bars count', async () => {
    const { lastFrame, stdin, unmount } = render(<App analyze={analyze} initialLevel={3} />);
    await frameWhere(lastFrame, (f) => f.includes('HSK 3'));
    stdin.write('3');
    const f = await frameWhere(lastFrame, (x) => x.includes('unknown words per 100 characters'));
    const d = analyze(3).stats.difficulty;
    const known = `${Math.round(d.coverage * 100)}%`;
    expect(f).toContain(`you know ${known}`);
    expect(f).toContain(`At HSK 3 you know ${known} of word tokens: ${Math.round(d.listedCoverage * 100)}% listed at or below HSK 3`);
    expect(f).toContain(`${d.unknownPer100Chars} unknown words per 100 characters`);
    expect(f).toContain('listed at or below each level');
    unmount();
  });
});
