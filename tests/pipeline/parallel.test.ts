import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleText } from '../../src/domain/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles, analyzeInWorkers } from '../../src/pipeline/index.js';
import { splitSentences } from '../../src/ingest/index.js';
import { collectSentences, cutLong, paragraphChunks, readingParts } from '../../src/pipeline/sentences.js';

const root = join(import.meta.dirname, '..', '..');
const articleFiles = readdirSync(join(root, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(root, 'articles', f));
const fixtures = ['traditional.txt', 'polyphones.txt'].map((f) => join(root, 'tests', 'fixtures', 'pipeline', f));

describe('analysis on worker threads', () => {
  it('gives the same Analysis JSON as one thread for several articles, sentence order kept', async () => {
    const articles = await readInputs([...articleFiles, ...fixtures]);
    expect(articles.length).toBeGreaterThan(2);
    const single = analyzeArticles(articles, { level: 3 });
    const progress: number[] = [];
    const parallel = await analyzeInWorkers(articles, { level: 3, workerThreshold: 0, workers: 2, onProgress: (done) => progress.push(done) });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(single));
    expect(parallel.sentences.map((s) => s.index)).toEqual(single.sentences.map((_, i) => i));
    // One report per article, ending at the whole input.
    expect(progress).toHaveLength(articles.length);
    expect(progress.at(-1)).toBe(collectSentences(articles).reduce((n, s) => n + s.text.length, 0));
  }, 180_000);

  it('stays in this thread below the threshold and gives the same result', async () => {
    const articles = await readInputs([articleFiles[0]!]);
    expect(JSON.stringify(await analyzeInWorkers(articles, { level: 4, workers: 2 }))).toBe(JSON.stringify(analyzeArticles(articles, { level: 4 })));
  });
});

const article = (a: number, texts: string[]): ArticleText => ({ source: `a${a}`, title: `a${a}`, paragraphs: texts.map((text) => ({ text, kind: 'body' as const })) });

describe('reading parts', () => {
  it('keeps each article whole and cuts only a very long one, between sentences', () => {
    const raw = collectSentences([article(0, ['甲说了一句话。乙也说了。']), article(1, ['丙来了。丁走了。戊笑了。'])]);
    expect(readingParts(raw).map((p) => p.map((s) => s.index))).toEqual([[0, 1], [2, 3, 4]]);
    expect(readingParts(raw, 8).map((p) => p.map((s) => s.index))).toEqual([[0], [1], [2, 3], [4]]);
  });
});

describe('a line without sentence punctuation', () => {
  it('is cut at a fixed length, losing nothing, and never inside a surrogate pair', () => {
    const line = '好'.repeat(1500);
    expect(cutLong(line, 600)).toEqual(['好'.repeat(600), '好'.repeat(600), '好'.repeat(300)]);
    const astral = '𠀀'.repeat(700); // each is two UTF-16 units
    const pieces = cutLong(astral, 601);
    expect(pieces.join('')).toBe(astral);
    for (const p of pieces) expect(p.startsWith('\uDC40')).toBe(false);
  });

  it('prefers to cut after a comma near the limit', () => {
    const line = `${'好'.repeat(500)}，${'坏'.repeat(500)}`;
    expect(cutLong(line, 600)).toEqual([`${'好'.repeat(500)}，`, '坏'.repeat(500)]);
  });

  it('reaches the pipeline as sentences no longer than the limit', () => {
    const raw = collectSentences([article(0, ['中'.repeat(2000)])]);
    expect(raw.every((s) => s.text.length <= 600)).toBe(true);
    expect(raw.map((s) => s.text).join('')).toBe('中'.repeat(2000));
  });
});

describe('a paragraph of megabytes', () => {
  it('is split into chunks after sentence ends, giving the same sentences as splitting it whole', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `第${i}个句子说“好的。”然后他走了。`);
    const para = sentences.join('');
    const chunks = paragraphChunks(para, 5000);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(para);
    expect(chunks.every((c) => c.length <= 5000)).toBe(true);
    expect(chunks.flatMap((c) => splitSentences(c))).toEqual(splitSentences(para));
  });

  it('falls back to a fixed length without sentence ends', () => {
    const chunks = paragraphChunks('中'.repeat(12_000), 5000);
    expect(chunks.map((c) => c.length)).toEqual([5000, 5000, 2000]);
  });
});
