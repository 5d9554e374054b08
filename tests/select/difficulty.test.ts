import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { countHan, parseKnownWords, textDifficulty } from '../../src/select/index.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'select', 'difficulty.txt');

describe('difficulty', () => {
  it('counts Chinese characters, not punctuation, Latin or digits', () => {
    expect(countHan('我喜欢狗。ABC 12，舆論')).toBe(6);
    expect(countHan('𠀀a')).toBe(1);
  });

  it('turns counts into shares, a rate per 100 characters and threshold levels', () => {
    const coverage = { '1': 0.5, '2': 0.6, '3': 0.85, '4': 0.9, '5': 0.97, '6': 0.985 };
    expect(textDifficulty({ level: 3, wordTokens: 200, unknownTokens: 20, hanChars: 400, coverage })).toEqual({
      level: 3,
      coverage: 0.9,
      listedCoverage: 0.85,
      unknownPer100Chars: 5,
      level90: 4,
      level98: 6,
    });
    expect(textDifficulty({ level: 4, wordTokens: 0, unknownTokens: 0, hanChars: 0, coverage: {} })).toMatchObject({ coverage: 0, unknownPer100Chars: 0, level90: 7 });
  });

  // Hand count: 我/喜欢/狗/我们/讨论/舆论 — six word tokens in ten characters. 讨论 is HSK 4,
  // 舆论 HSK 6, the rest HSK 1. At level 3 with 舆论 known, one token (讨论) is unknown.
  it('on a hand-counted text, with a known word', async () => {
    const a = analyzeArticles(await readInputs([fixture]), { level: 3, known: parseKnownWords('舆论\n') });
    expect(a.stats.wordTokens).toBe(6);
    expect(a.stats.difficulty).toEqual({ level: 3, coverage: 0.8333, listedCoverage: 0.6667, unknownPer100Chars: 10, level90: 6, level98: 6 });
    expect(a.stats.learnerCoverage).toBe(a.stats.difficulty.coverage);
    expect(a.stats.estimatedLevel).toBe(6);
    const bare = analyzeArticles(await readInputs([fixture]), { level: 3 });
    expect(bare.stats.difficulty).toMatchObject({ coverage: 0.6667, listedCoverage: 0.6667, unknownPer100Chars: 20 });
  });
});
