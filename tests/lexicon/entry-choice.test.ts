import { beforeAll, describe, expect, it } from 'vitest';
import { defineWord, loadLexicon, variantHeadword, type Lexicon } from '../../src/lexicon/index.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

const define = (word: string, reading: string | null, traditionalText = false) => {
  const d = defineWord(word, reading, lx, { traditionalText });
  if (!d) throw new Error(`no definition for ${word}`);
  return d;
};

describe('the entry a learner needs', () => {
  it('prefers an entry with ordinary senses over an onomatopoeia: 当 is 當 "to be", not 噹 "dong"', () => {
    const d = define('当', 'dang1');
    expect(d.traditional).toBe('當');
    expect(d.definitions[0]).toBe('to be');
    expect(d.definitions.join(' | ')).not.toMatch(/onom/);
  });

  it('yields a literary-only reading to the common tone of the same syllable: 抢 qiāng → qiǎng', () => {
    const d = define('抢', 'qiang1');
    expect(d.pinyinNumbered).toBe('qiang3');
    expect(d.definitions[0]).toBe('to fight over');
    // A real but rare reading with an ordinary first sense stays: 和 huò "to mix".
    expect(define('和', 'huo4').pinyinNumbered).toBe('huo4');
  });

  it('puts a proper noun before a colloquial figure of speech: 地中海', () => {
    expect(define('地中海', 'di4 zhong1 hai3').definitions[0]).toBe('Mediterranean Sea');
  });

  it('demotes literary, archaic and "used in" senses below ordinary ones', () => {
    expect(define('派', 'pai4').definitions[0]).toBe('clique; school; group; faction');
    expect(define('家', 'jia1').definitions[0]).toBe('home');
    expect(define('干', 'gan1').definitions[0]).toBe('dry');
  });

  it('keeps the classifier list out of the meanings; the other senses follow, demoted ones last', () => {
    const d = define('所', 'suo3');
    expect(d.definitions[0]).toBe('particle introducing a relative clause or passive');
    expect(d.definitions.join(' | ')).not.toMatch(/CL:/);
    expect(d.classifier).toBe('个 (gè)');
    const dang = define('当', 'dang1');
    expect(dang.definitions.slice(0, 2)).toEqual(['to be', 'to act as']);
  });

  it('applies the curated first senses (作为, 开放, 引领, 项, 批)', () => {
    expect(define('作为', 'zuo4 wei2').definitions[0]).toBe('as (in the capacity of)');
    expect(define('开放', 'kai1 fang4').definitions[0]).toBe('to open up (to the outside)');
    expect(define('引领', 'yin3 ling3').definitions[0]).toBe('to lead');
    expect(define('项', 'xiang4').definitions[0]).toBe('item');
    expect(define('批', 'pi1').definitions[0]).toMatch(/^classifier for batches/);
  });
});

describe('the traditional spelling', () => {
  it("is the standard converter's for simplified words: 旗 旗, 沈 沈, 蒙 蒙, 台 臺, 只 zhī 隻, 干 gān 乾", () => {
    expect(define('旗', 'qi2').traditional).toBe('旗');
    expect(define('沈', 'shen3').traditional).toBe('沈');
    expect(define('蒙', 'meng2').traditional).toBe('蒙');
    expect(define('台', 'tai2').traditional).toBe('臺');
    expect(define('只', 'zhi1').traditional).toBe('隻');
    expect(define('只', 'zhi1').definitions[0]).toMatch(/^classifier for birds/);
    expect(define('干', 'gan1').traditional).toBe('乾');
    expect(define('发', 'fa1').traditional).toBe('發');
  });

  it("follows the article's own spelling in traditional text: 里 is the unit of length there, 麵 noodles", () => {
    expect(define('里', 'li3').traditional).toBe('裡');
    expect(define('里', 'li3', true).definitions[0]).toMatch(/measure of length/);
    expect(define('麵', 'mian4').definitions[0]).toBe('flour');
    expect(define('面', 'mian4').definitions[0]).toBe('face');
  });

  it('finds traditional variants CC-CEDICT spells otherwise, through the converter', () => {
    expect(variantHeadword('天文臺', lx)).toBe('天文台');
    expect(variantHeadword('借鑑', lx)).toBe('借鉴');
    expect(variantHeadword('雲台', lx)).toBe('云台');
    // Simplified words without an entry never reach the converter.
    expect(variantHeadword('不是词语吧', lx)).toBeNull();
  });
});
