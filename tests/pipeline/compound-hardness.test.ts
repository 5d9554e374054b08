import { beforeAll, describe, expect, it } from 'vitest';
import { contentWords, loadLexicon, sharesMeaning, wordLevel, type Lexicon } from '../../src/lexicon/index.js';
import { createWordFacts } from '../../src/pipeline/word-facts.js';
import { dictionaryParts } from '../../src/segment/index.js';
import { isHard, NO_KNOWN_WORDS, parseKnownWords } from '../../src/select/index.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

const OPAQUE = ['力度', '空前', '解读', '底气', '过剩', '基层', '卖场', '结存', '季后赛', '调控', '哄抬', '惜售', '援引'];
const TRANSPARENT = ['车票', '星空', '夏天', '歌迷'];

describe('compound meaning', () => {
  it('keeps content words, drops grammar words and dictionary shorthand', () => {
    expect([...contentWords(['to be excessive; to be more than is required', 'CL:個|个[ge4]'])]).toEqual(['excessive', 'than', 'required']);
  });

  it('sees a part in a transparent compound, and none in an opaque one', () => {
    expect(sharesMeaning('车票', '票', lx)).toBe(true); // ticket
    expect(sharesMeaning('星空', '星', lx)).toBe(true); // star / starry
    expect(sharesMeaning('歌迷', '迷', lx)).toBe(true); // fan
    expect(sharesMeaning('空前', '空', lx)).toBe(false); // unprecedented ≠ empty
    expect(sharesMeaning('空前', '前', lx)).toBe(false);
    expect(sharesMeaning('卖场', '卖', lx)).toBe(false); // hypermarket ≠ to sell
  });
});

describe('hardness of compounds', () => {
  const facts = createWordFacts(loadLexicon());
  const hard = (w: string, level: number, known = NO_KNOWN_WORDS) => isHard(facts(w, null)!, { level, known });

  it('opaque compounds are hard at HSK 4', () => {
    for (const w of [...OPAQUE, '加以', '应对', '由此']) expect(hard(w, 4), w).toBe(true);
  });

  it('opaque compounds stay hard at HSK 6 (news-010: 调控, 哄抬, 惜售, 援引)', () => {
    for (const w of OPAQUE) expect(hard(w, 6), w).toBe(true);
  });

  it('transparent compounds are easy at HSK 4 and 6', () => {
    for (const w of TRANSPARENT) for (const level of [4, 6]) expect(hard(w, level), `${w} at ${level}`).toBe(false);
  });

  it('an opaque compound is easy once the learner says they know it', () => {
    expect(hard('空前', 4, parseKnownWords('空前\n'))).toBe(false);
  });
});

describe('estimates without the HSK 3.0 list', () => {
  const held = () => ({ hsk3: false, parts: (w: string) => dictionaryParts(w, lx) });

  it('a word in the top 2,000 of a corpus is never beyond HSK 6', () => {
    for (const w of ['几个', '第一次', '变得']) {
      expect(Math.min(lx.bookRank(w) ?? Infinity, lx.movieRank(w) ?? Infinity), w).toBeLessThanOrEqual(2000);
      expect(wordLevel(w, lx, held()), w).toMatchObject({ source: 'frequency', estimated: true });
      expect(wordLevel(w, lx, held()).level!, w).toBeLessThanOrEqual(6);
    }
  });

  it('an everyday compound missing from both corpora is estimated from its parts', () => {
    for (const w of ['公交车', '扫码']) {
      expect([lx.bookRank(w), lx.movieRank(w)], w).toEqual([null, null]);
      const l = wordLevel(w, lx, held());
      expect(l.source, w).toBe('parts');
      expect(l.level!, w).toBeLessThanOrEqual(6);
    }
  });

  it('an idiom missing from both corpora is not estimated from its easy parts', () => {
    // 人五人六 "to make a show of being decent": 人 and 五 are HSK 1.
    expect([lx.bookRank('人五人六'), lx.movieRank('人五人六')]).toEqual([null, null]);
    expect(wordLevel('人五人六', lx, held())).toMatchObject({ level: 7, source: 'none' });
  });

  it('an erhua form is no harder than the word without 儿', () => {
    expect(wordLevel('玩儿', lx, held()).level).toBe(wordLevel('玩', lx, held()).level);
  });
});
