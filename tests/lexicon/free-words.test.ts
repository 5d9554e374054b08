import { beforeAll, describe, expect, it } from 'vitest';
import { characterFloor, estimateLevel, loadLexicon, usedAlone, wordLevel, type Lexicon } from '../../src/lexicon/index.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

describe('free words and bound morphemes', () => {
  it('counts a character as a free word when speech uses it alone', () => {
    // None of these is an HSK 2.0 word by itself, yet all are everyday words.
    for (const c of ['车', '天', '雨', '饭']) {
      expect(lx.hskLevel(c), c).toBeNull();
      expect(usedAlone(c, lx), c).toBe(true);
    }
  });

  it('does not count a bound morpheme, frequent as it is inside words', () => {
    for (const c of ['力', '国', '机', '午']) {
      expect(lx.standaloneShare(c)!, c).toBeLessThan(10);
      expect(usedAlone(c, lx), c).toBe(false);
    }
    // 基 stands alone in names often enough; CC-CEDICT calls "base" a bound form.
    expect(lx.standaloneShare('基')!).toBeGreaterThanOrEqual(10);
    expect(usedAlone('基', lx)).toBe(false);
    expect(usedAlone('车站', lx)).toBe(false);
  });
});

describe('the character floor', () => {
  it('is the lowest HSK 2.0 level of a word containing each character, beyond for none', () => {
    expect(lx.charLevel('车')).toBe(1);
    expect(characterFloor('学生', lx)).toBe(1);
    expect(characterFloor('膝盖', lx)).toBe(6);
    expect(lx.charLevel('鲨')).toBeNull();
    expect(characterFloor('鲨鱼', lx)).toBe(7);
  });

  it('keeps a frequent word with an unfamiliar character above its frequency level', () => {
    const bounds = lx.levelBoundaries.words;
    const mofa = wordLevel('魔法', lx, { hsk3: false });
    expect(estimateLevel(mofa.combinedRank, bounds)).toBeLessThanOrEqual(4);
    expect(mofa).toMatchObject({ level: 6, source: 'frequency' });
    expect(wordLevel('鲨鱼', lx, { hsk3: false }).level).toBe(7);
  });

  it('leaves names alone: 英国 is learned whole', () => {
    expect(characterFloor('英国', lx)).toBeGreaterThan(4);
    expect(wordLevel('英国', lx, { hsk3: false }).level).toBeLessThanOrEqual(4);
  });

  it('reads a free character a level after the first HSK 2.0 word that has it: 雨 ← 下雨', () => {
    const bounds = lx.levelBoundaries.chars;
    for (const [c, word, level] of [['雨', '下雨', 2], ['纸', '报纸', 3]] as const) {
      const l = wordLevel(c, lx, { hsk3: false });
      expect(estimateLevel(l.combinedRank, bounds), c).toBe(5);
      expect(lx.hskLevel(word), word).toBe(level - 1);
      expect(l.level, c).toBe(level);
    }
    // 午 is in 中午 (HSK 1) but bound: it keeps its frequency level.
    expect(lx.charLevel('午')).toBe(1);
    expect(wordLevel('午', lx, { hsk3: false }).level).toBe(7);
  });
});
