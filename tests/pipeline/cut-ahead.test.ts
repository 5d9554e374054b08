// nodejieba on a thread of its own (CutterThread): this thread reads with its cuts, never loads
// the segmenter, and gets exactly what reading alone gives; a stopped cutter fails cleanly.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles, analyzeInWorkers, CutterThread } from '../../src/pipeline/index.js';
import { unpackContext } from '../../src/pipeline/packed-contexts.js';
import { collectSentences } from '../../src/pipeline/sentences.js';
import { contextReadings } from '../../src/pinyin/index.js';
import { jiebaCutsOf, segmenterLoaded } from '../../src/segment/index.js';

const root = join(import.meta.dirname, '..', '..');
const files = [
  ...readdirSync(join(root, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(root, 'articles', f)),
  ...['traditional.txt', 'polyphones.txt'].map((f) => join(root, 'tests', 'fixtures', 'pipeline', f)),
];

describe('reading with nodejieba on its own thread', () => {
  it('gives the same Analysis as one thread, in parts, and this thread never loads the segmenter', async () => {
    const articles = await readInputs(files);
    const cutter = new CutterThread();
    const progress: number[] = [];
    let ahead;
    try {
      ahead = await analyzeInWorkers(articles, { level: 3, cutter, partChars: 300, onProgress: (done) => progress.push(done) });
    } finally {
      await cutter.close();
    }
    expect(segmenterLoaded()).toBe(false);
    const total = collectSentences(articles).reduce((n, s) => n + s.text.length, 0);
    // Several parts per article here: progress after each, ending at the whole input.
    expect(progress.length).toBeGreaterThan(articles.length);
    expect(progress.at(-1)).toBe(total);
    const alone = analyzeArticles(articles, { level: 3 });
    expect(segmenterLoaded()).toBe(true);
    expect(JSON.stringify(ahead)).toBe(JSON.stringify(alone));
  }, 120_000);

  it('a closed cutter rejects with a clear error instead of leaving the reader waiting', async () => {
    const cutter = new CutterThread();
    const pending = cutter.cut(['我们今天去火车站买车票。']);
    await cutter.close();
    await expect(pending).rejects.toThrow(/segmenter thread/);
    await expect(cutter.cut(['你好。'])).rejects.toThrow(/segmenter thread/);
  }, 60_000);

  it('cuts as jieba does in this thread, and reads as pinyin-pro does', async () => {
    const cutter = new CutterThread();
    try {
      const simps = ['我们今天去火车站买车票。', 'iPhone 12和Mate 40', '银行行长说长江大桥很长', 'iPhone 12', '𨁂好'];
      const { cuts, contexts } = await cutter.cut(simps);
      expect(cuts).toEqual(jiebaCutsOf(simps));
      expect(cuts[0]!.length).toBeGreaterThan(4);
      simps.forEach((text, i) => {
        const readings = unpackContext(contexts, i, text.length);
        if (text === 'iPhone 12') expect(readings).toBeUndefined();
        else expect(readings, text).toEqual(contextReadings(text));
      });
      expect(unpackContext(contexts, 2, simps[2]!.length)!.filter(Boolean)).toEqual(['yín', 'háng', 'háng', 'zhǎng', 'shuō', 'cháng', 'jiāng', 'dà', 'qiáo', 'hěn', 'cháng']);
    } finally {
      await cutter.close();
    }
  }, 60_000);
});
