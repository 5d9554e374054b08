// Coverage arithmetic on a hand-counted text, and the reading-list order.
import { describe, expect, it } from 'vitest';
import { articleDifficulty, readingList, type ArticleDifficulty } from '../../src/difficulty/index.js';
import type { Analysis, Sentence, TokenKind, VocabItem } from '../../src/domain/types.js';

const tok = (text: string, kind: TokenKind = 'word') => ({ text, kind, pinyin: '', start: 0, end: 0 });
const item = (word: string, level: number, count: number, hard: boolean): VocabItem => ({
  word, traditional: word, pinyin: '', pinyinNumbered: '', definitions: ['x'], classifier: '', level, levelEstimated: false, frequencyRank: null, count, hard, examples: [], firstSentence: 0,
});

/**
 * Word tokens in body and headline (10): 我×3 (L1, 1 char), 学生 (L1), 设计×2 (L3), 高铁×2
 * (L5, hard), 机制 (beyond, hard), 嗯嗯 (no dictionary entry). 17 characters. The byline's
 * words, the name and the punctuation do not count.
 */
const sentences: Sentence[] = [
  { index: 0, text: '', article: 0, paragraphKind: 'headline', tokens: [tok('高铁'), tok('设计')] },
  { index: 1, text: '', article: 0, paragraphKind: 'body', tokens: [tok('我'), tok('学生'), tok('。', 'punct'), tok('我'), tok('设计'), tok('高铁'), tok('小明', 'name')] },
  { index: 2, text: '', article: 0, paragraphKind: 'body', tokens: [tok('我'), tok('机制'), tok('嗯嗯'), tok('，', 'punct')] },
  { index: 3, text: '', article: 0, paragraphKind: 'byline', tokens: [tok('机制'), tok('机制')] },
];
const analysis = (learnerCoverage: number, title = 'T'): Analysis => ({
  level: 4,
  articles: [{ source: `${title}.txt`, title }],
  sentences,
  vocab: [item('我', 1, 3, false), item('学生', 1, 1, false), item('设计', 3, 2, false), item('高铁', 5, 2, true), item('机制', 7, 1, true)],
  studySentences: [],
  stats: { tokens: 14, wordTokens: 10, uniqueWords: 5, hardWords: 2, coverage: {}, learnerCoverage, estimatedLevel: 7, difficulty: { level: 4, coverage: learnerCoverage, listedCoverage: 0, unknownPer100Chars: 0, level90: 7, level98: 7 } },
  diagnostics: [],
});

describe('article difficulty', () => {
  it('coverage curve by word tokens and by characters, counted by hand', () => {
    const d = articleDifficulty(analysis(0.7));
    expect(d.wordTokens).toBe(10);
    expect(d.chars).toBe(17);
    expect(d.curve.map((p) => [p.name, p.tokens, p.chars])).toEqual([
      ['HSK 1', 0.4, 0.2941],
      ['HSK 2', 0.4, 0.2941],
      ['HSK 3', 0.6, 0.5294],
      ['HSK 4', 0.6, 0.5294],
      ['HSK 5', 0.8, 0.7647],
      ['HSK 6', 0.8, 0.7647],
    ]);
    expect([d.estimatedLevel, d.estimatedLevelName]).toEqual([7, 'beyond HSK 6']);
  });

  it('personal coverage and the budget: each unknown word’s share of the gap to 95%', () => {
    const d = articleDifficulty(analysis(0.7));
    // Hard: 高铁 (2 tokens, 4 chars) and 机制 (1 token, 2 chars).
    expect(d.personal).toEqual({ tokens: 0.7, chars: 0.6471 });
    // Gap 0.25: 高铁 closes 0.2 of it (80%), 机制 0.1 (40%); both are needed to pass 95%.
    expect(d.budget).toEqual([
      { word: '高铁', level: 5, count: 2, shareOfGap: 0.8 },
      { word: '机制', level: 7, count: 1, shareOfGap: 0.4 },
    ]);
    expect(d.wordsTo95).toBe(2);
    expect(articleDifficulty(analysis(0.7), 1).budget).toHaveLength(1);
    expect(articleDifficulty(analysis(0.96)).budget).toEqual([]);
  });

  it('reading list: most known first, then the lower estimated level, then the title', () => {
    const d = (title: string, personal: number, level: number) => ({ title, personal: { tokens: personal, chars: 0 }, estimatedLevel: level }) as ArticleDifficulty;
    const list = readingList([d('c', 0.8, 5), d('a', 0.9, 6), d('b', 0.8, 4), d('d', 0.8, 4)]);
    expect(list.map((x) => x.title)).toEqual(['a', 'b', 'd', 'c']);
  });
});
