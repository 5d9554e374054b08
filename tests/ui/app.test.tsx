import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { beforeAll, describe, expect, it } from 'vitest';
import { studyText, type Analysis } from '../../src/domain/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { App } from '../../src/ui/App.js';

const article = join(import.meta.dirname, '..', '..', 'articles', '03-battery-recycling.txt');
const strip = (s: string | undefined) => (s ?? '').replace(/\x1b\[[0-9;]*m/g, '');
const tick = () => new Promise((r) => setTimeout(r, 30));

let analyze: (level: number) => Analysis;
beforeAll(async () => {
  const articles = await readInputs([article]);
  const cache = new Map<number, Analysis>();
  analyze = (level) => cache.get(level) ?? cache.set(level, analyzeArticles(articles, { level })).get(level)!;
  analyze(3);
});

describe('the app', () => {
  it('shows the hard words with the selected one in detail, including CJK text', () => {
    const { lastFrame, unmount } = render(<App analyze={analyze} initialLevel={3} />);
    const frame = strip(lastFrame());
    const first = analyze(3).vocab[0]!;
    expect(frame).toContain(analyze(3).articles[0]!.title);
    expect(frame).toContain(`${analyze(3).stats.hardWords} hard`);
    expect(frame).toContain(`›${first.word}`);
    expect(frame).toContain(first.definitions[0]!.slice(0, 20));
    unmount();
  });

  it('moves, switches views and changes level from the keyboard', async () => {
    const { lastFrame, stdin, unmount } = render(<App analyze={analyze} initialLevel={3} />);
    await tick();
    stdin.write('\u001B[B'); // down
    await tick();
    expect(strip(lastFrame())).toContain(`›${analyze(3).vocab[1]!.word}`);
    stdin.write('3');
    await tick();
    expect(strip(lastFrame())).toMatch(/HSK 1 [█░]+ \d+%/);
    stdin.write('+');
    await tick();
    expect(strip(lastFrame())).toContain(`HSK 4 · ${analyze(4).stats.hardWords} hard`);
    expect(analyze(4).stats.hardWords).toBeLessThan(analyze(3).stats.hardWords);
    stdin.write('2');
    await tick();
    const study = analyze(4).studySentences;
    if (study.length) expect(strip(lastFrame())).toContain(studyText(analyze(4).sentences[study[0]!.index]!, study[0]!).text.slice(0, 8));
    else expect(strip(lastFrame())).toContain('No study sentences');
    unmount();
  });
});
