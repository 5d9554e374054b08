import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceCards, wordCards } from '../../src/cards/index.js';
import { curatedAnalysis } from '../../src/export/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';

describe('a curated selection', () => {
  it('exports only the chosen words and sentences, in the analysis order', async () => {
    const a = analyzeArticles(await readInputs([join(import.meta.dirname, '..', 'fixtures', 'ui', 'tea-market.txt')]), { level: 3 });
    const hard = a.vocab.filter((v) => v.hard).map((v) => v.word);
    const chosen = new Set([hard[2]!, hard[0]!]);
    const curated = curatedAnalysis(a, { words: chosen, sentences: new Set() });
    expect(wordCards(curated).map((c) => c.simplified)).toEqual([hard[0], hard[2]]);
    expect(sentenceCards(curated)).toEqual([]);
    expect(curated.stats.hardWords).toBe(2);
    // The original is untouched.
    expect(a.vocab.filter((v) => v.hard)).toHaveLength(hard.length);
    if (a.studySentences.length) {
      const one = a.studySentences[0]!.index;
      expect(sentenceCards(curatedAnalysis(a, { words: chosen, sentences: new Set([one]) }))).toHaveLength(1);
    }
  });
});
