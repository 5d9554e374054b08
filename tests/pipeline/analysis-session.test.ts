import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { AnalysisSession, analyzeArticles, backgroundService } from '../../src/pipeline/index.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'ui');
const article = join(fixtures, 'tea-market.txt');
const open = { inputs: [article], encoding: null, knownFile: null, level: 3, sort: 'useful' as const, notHard: [] };

describe('analysis session', () => {
  it('re-selects at another level and with more known words without re-reading', async () => {
    const session = new AnalysisSession();
    const { analysis, articles } = await session.open(open);
    expect(articles[0]!.title).toBe('老街茶市重新开张');
    const direct = analyzeArticles(await readInputs([article]), { level: 3 });
    expect(analysis.vocab.filter((v) => v.hard).map((v) => v.word)).toEqual(direct.vocab.filter((v) => v.hard).map((v) => v.word));
    const first = analysis.vocab.find((v) => v.hard)!.word;
    const marked = session.reanalyze(3, [first]);
    expect(marked.stats.hardWords).toBe(analysis.stats.hardWords - 1);
    expect(marked.vocab.find((v) => v.word === first)!.hard).toBe(false);
  });

  it('counts hard words at every level: fewer as the level rises, coverage rising', async () => {
    const session = new AnalysisSession();
    await session.open(open);
    const rows = session.levels([]);
    expect(rows.map((r) => r.level)).toEqual([1, 2, 3, 4, 5, 6]);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.hardWords).toBeLessThanOrEqual(rows[i - 1]!.hardWords);
      expect(rows[i]!.coverage).toBeGreaterThanOrEqual(rows[i - 1]!.coverage);
    }
    expect(rows[0]!.hardWords).toBeGreaterThan(rows[5]!.hardWords);
  });

  it('summarises another file, and a file without Chinese is an error that leaves the open set alone', async () => {
    const session = new AnalysisSession();
    await session.open(open);
    const s = await session.summarize(article, 3, []);
    expect(s.title).toBe('老街茶市重新开张');
    expect(s.hanzi).toBeGreaterThan(100);
    expect(s.estimatedLevel).toBeGreaterThanOrEqual(1);
    await expect(session.open({ ...open, inputs: [join(fixtures, 'no-chinese.txt')] })).rejects.toThrow(/no Chinese text found/);
    expect(session.reanalyze(3, []).articles[0]!.title).toBe('老街茶市重新开张');
  });

  it('runs in a worker thread with the same answers, and keeps this thread free meanwhile', async () => {
    const service = backgroundService();
    try {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 10);
      const { analysis } = await service.open(open);
      clearInterval(timer);
      // The dictionary and segmenter load in the worker: this thread's timers kept running.
      expect(ticks).toBeGreaterThan(5);
      const direct = analyzeArticles(await readInputs([article]), { level: 3 });
      expect(analysis.stats).toEqual(direct.stats);
      expect((await service.reanalyze(6, [])).level).toBe(6);
      await expect(service.summarize(join(fixtures, 'missing.txt'), 3, [])).rejects.toThrow(/missing\.txt/);
    } finally {
      service.close();
    }
  });
});
