import { describe, expect, it } from 'vitest';
import type { VocabItem } from '../../src/domain/types.js';
import {
  coverageByLevel,
  estimatedTextLevel,
  isHard,
  NO_KNOWN_WORDS,
  parseKnownWords,
  pickExamples,
  rankVocab,
  type CompoundPart,
  type FreeEvidence,
  type SentenceFacts,
} from '../../src/select/index.js';

describe('known words', () => {
  it('reads one word per line, first column, comments, Pleco forms and a BOM', () => {
    const known = parseKnownWords('\uFEFF# my words\n调研\n载体\tzài tǐ\tcarrier\n機制 # trad\n\n科研,kē yán\n规律[規律]\n');
    for (const w of ['调研', '载体', '機制', '科研', '规律', '規律']) expect(known.has(w), w).toBe(true);
    expect(known.has('# my words')).toBe(false);
    expect(known.has('zài tǐ')).toBe(false);
    expect(known.size).toBe(6);
  });
});

describe('hardness', () => {
  const policy = { level: 3, known: parseKnownWords('载体\n') };
  const word = (w: string, level: number | null, estimated = false, parts: any = null) => ({ word: w, traditional: w, level, levelEstimated: estimated, parts });
  it('is hard above the level, easy at or below it', () => {
    expect(isHard(word('调研', 6), policy)).toBe(true);
    expect(isHard(word('学习', 1), policy)).toBe(false);
    expect(isHard(word('环境', 3), policy)).toBe(false);
    expect(isHard(word('环境', 3), { ...policy, level: 2 })).toBe(true);
  });
  it('known words and unknown levels', () => {
    expect(isHard(word('载体', 6, true), policy)).toBe(false);
    expect(isHard(word('雏鹰', null), policy)).toBe(true);
  });
  const part = (w: string, level: number | null, free: FreeEvidence, sharesMeaning: boolean): CompoundPart => ({ word: w, level, free, sharesMeaning });
  it('a transparent compound of listed words the learner has is not hard, however rare', () => {
    const parts = [part('全', 3, 'list', true), part('市', 3, 'list', true)];
    expect(isHard(word('全市', 6, true, parts), policy)).toBe(false);
    expect(isHard(word('全市', 7, true, parts), policy)).toBe(false);
    const hardPart = [part('科', 3, 'list', true), part('研', 7, null, true)];
    expect(isHard(word('科研', 6, true, hardPart), policy)).toBe(true);
    // An official HSK word is judged by its own level, never by its parts.
    expect(isHard(word('市场', 4, false, null), policy)).toBe(true);
  });
  it('a part free only by speech clears a compound one level above the learner, two when it is two levels below them', () => {
    // 车 is a word of its own in speech but on no HSK 2.0 list as a single word.
    const che = (level: number) => [part('车', level, 'speech', false), part('票', 2, 'list', true)];
    expect(isHard(word('车票', 4, true, che(2)), policy)).toBe(false);
    expect(isHard(word('车票', 5, true, che(2)), policy)).toBe(true);
    expect(isHard(word('车票', 5, true, che(1)), policy)).toBe(false);
    expect(isHard(word('车票', 6, true, che(1)), policy)).toBe(true);
    expect(isHard(word('车票', 6, true, che(2)), { ...policy, level: 4 })).toBe(false);
    // A speech-free part above the learner's level is not known either.
    expect(isHard(word('车票', 4, true, che(4)), policy)).toBe(true);
  });
  it('an opaque compound stays hard even when every part is known', () => {
    // 空前 "unprecedented": 空 "empty" and 前 "front" are known, but say nothing of it.
    const parts = [part('空', 3, 'list', false), part('前', 1, 'speech', false)];
    expect(isHard(word('空前', 6, true, parts), policy)).toBe(true);
    expect(isHard(word('空前', 4, true, parts), policy)).toBe(true);
    expect(isHard(word('空前', 6, true, parts), { ...policy, known: parseKnownWords('空\n前\n') })).toBe(true);
  });
  it('a bound morpheme is not a known part, unless the learner says they know it', () => {
    // 力度: 力 is frequent only inside words (努力, 能力); its level is an estimate, not a free word.
    const parts = [part('力', 2, null, true), part('度', 3, 'list', false)];
    expect(isHard(word('力度', 5, true, parts), policy)).toBe(true);
    expect(isHard(word('力度', 5, true, parts), { ...policy, known: parseKnownWords('力\n') })).toBe(false);
  });
});

function item(word: string, over: Partial<VocabItem>): VocabItem {
  return { word, traditional: word, pinyin: '', pinyinNumbered: '', definitions: ['x'], classifier: '', level: 5, levelEstimated: false, frequencyRank: 5000, count: 1, hard: true, examples: [], firstSentence: 0, ...over };
}

describe('ranking', () => {
  const items = [
    item('罕见', { frequencyRank: 40_000, count: 1, firstSentence: 0 }),
    item('常见', { frequencyRank: 800, count: 1, firstSentence: 3 }),
    item('反复', { frequencyRank: 9_000, count: 6, level: 6, firstSentence: 5 }),
    item('容易', { frequencyRank: 300, hard: false, level: 2, firstSentence: 1 }),
  ];
  it('useful: common-but-unknown beats rare, frequent-in-article beats once, easy words last', () => {
    expect(rankVocab(items, 'useful').map((v) => v.word)).toEqual(['常见', '反复', '罕见', '容易']);
  });
  it('other orders', () => {
    expect(rankVocab(items, 'article').map((v) => v.word)[0]).toBe('反复');
    expect(rankVocab(items, 'order').map((v) => v.word)).toEqual(['罕见', '常见', '反复', '容易']);
    expect(rankVocab(items, 'level').map((v) => v.word).slice(0, 2)).toEqual(['常见', '罕见']);
  });
});

const facts = (index: number, length: number, hard: string[], body = true, text = String(index)): SentenceFacts => ({ index, length, body, hardWords: new Set(hard), text });

describe('examples and study sentences', () => {
  it('prefers a reasonable length and fewest other hard words', () => {
    const all = [facts(0, 70, ['调研']), facts(1, 25, ['调研', '载体', '机制']), facts(2, 18, ['调研', '载体']), facts(3, 5, ['调研']), facts(4, 16, ['调研'], false)];
    expect(pickExamples('调研', [0, 1, 2, 3, 4], all)).toEqual([4, 2, 1]);
    const bodyOnly = all.map((f) => ({ ...f, body: true }));
    expect(pickExamples('调研', [0, 1, 2, 3, 4], bodyOnly)[0]).toBe(4);
  });
  it('skips repeated sentences', () => {
    const all = [facts(0, 20, ['调研'], true, 'same'), facts(1, 20, ['调研'], true, 'same'), facts(2, 30, ['调研'])];
    expect(pickExamples('调研', [0, 1, 2], all)).toEqual([0, 2]);
  });
  it('a word met once has that sentence as its example, whatever it is like, as when it is met there twice', () => {
    const all = [facts(0, 70, ['调研']), facts(1, 3, ['调研', '载体'], false), facts(2, 18, ['调研'])];
    for (const i of [0, 1, 2]) {
      expect(pickExamples('调研', [i], all)).toEqual([i]);
      expect(pickExamples('调研', [i], all, 1)).toEqual(pickExamples('调研', [i, i], all, 1));
    }
    expect(pickExamples('调研', [2], all, 0)).toEqual([]);
  });
});

describe('coverage', () => {
  it('shares of word tokens by level and the 95% level', () => {
    const levels = [...Array(90).fill(1), ...Array(6).fill(3), ...Array(3).fill(6), null];
    const c = coverageByLevel(levels);
    expect(c['1']).toBe(0.9);
    expect(c['2']).toBe(0.9);
    expect(c['3']).toBe(0.96);
    expect(c['6']).toBe(0.99);
    expect(estimatedTextLevel(c)).toBe(3);
    expect(estimatedTextLevel(coverageByLevel([7, 7, 1]))).toBe(7);
    expect(coverageByLevel([])['1']).toBe(0);
  });
  it('no known words by default', () => expect(NO_KNOWN_WORDS.has('的')).toBe(false));
});
