import { beforeAll, describe, expect, it } from 'vitest';
import { defineWord, loadLexicon, type Lexicon } from '../../src/lexicon/index.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

const define = (word: string, reading: string | null = null) => {
  const d = defineWord(word, reading, lx);
  if (!d) throw new Error(`no definition for ${word}`);
  return d;
};

describe('defineWord: choosing the entry', () => {
  it('reads 载体 as zài tǐ, even when the context reading has the wrong tone', () => {
    const d = define('载体', 'zai4 ti3');
    expect(d.pinyinNumbered).toBe('zai4 ti3');
    expect(d.definitions).toEqual(['carrier (chemistry)', 'vector (epidemiology)', 'vehicle or medium']);
    expect(define('载体', 'zai3 ti3').pinyinNumbered).toBe('zai4 ti3');
  });

  it('merges the two CC-CEDICT entries of 机制 (機制 and 機製)', () => {
    const d = define('机制', 'ji1 zhi4');
    expect(d.definitions).toEqual(['mechanism', 'machine-processed; machine-made']);
    expect(d.traditional).toBe('機制');
    expect(d.entries).toHaveLength(2);
  });

  it('looks up traditional input and returns both forms', () => {
    const d = define('機制', 'ji1 zhi4');
    expect([d.simplified, d.traditional]).toEqual(['机制', '機制']);
    expect(d.definitions).toEqual(['mechanism']);
    const gan = define('乾', 'gan1');
    expect([gan.simplified, gan.traditional, gan.definitions[0]]).toEqual(['干', '乾', 'dry']);
    expect(define('乾', 'qian2').simplified).toBe('乾');
  });

  it('follows the reading in context: 行 háng vs xíng, 了 le vs liǎo', () => {
    expect(define('行', 'hang2').definitions[0]).toBe('(bound form) row; line');
    expect(define('行', 'xing2').definitions).toContain('all right; OK!; will do');
    expect(define('了', 'le5').definitions[0]).toBe('(completed action marker)');
    expect(define('了', 'le0').pinyinNumbered).toBe('le5');
    const liao = define('了', 'liao3');
    expect(liao.definitions[0]).toBe('to finish');
    expect(liao.definitions).toContain('to understand clearly');
  });

  it('without a reading, prefers the commoner reading with real meanings', () => {
    expect(define('行').pinyinNumbered).toBe('xing2');
    expect(define('了').pinyinNumbered).toBe('le5');
    expect(define('还').pinyinNumbered).toBe('hai2');
  });

  it('matches proper nouns case-insensitively: 中国 from pinyin-pro’s zhong1 guo2', () => {
    const d = define('中国', 'zhong1 guo2');
    expect(d.pinyinNumbered).toBe('Zhong1 guo2');
    expect(d.definitions).toEqual(['China']);
  });

  it('accepts ü written as v, ü or u:, and erhua as er', () => {
    expect(define('绿色', 'lv4 se4').pinyinNumbered).toBe('lu:4 se4');
    expect(define('女儿', 'nü3 er2').definitions).toEqual(['daughter']);
    expect(define('一点儿', 'yi4 dian3 er2').pinyinNumbered).toBe('yi1 dian3 r5');
  });

  it('returns null for words CC-CEDICT lacks', () => {
    expect(defineWord('科研院所', null, lx)).toBeNull();
    expect(defineWord('', null, lx)).toBeNull();
  });
});

describe('defineWord: cleaning senses', () => {
  it('drops the surname when real senses exist, and puts common-noun senses first', () => {
    const d = define('陈', 'chen2');
    expect(d.pinyinNumbered).toBe('chen2');
    expect(d.definitions.join(' | ')).not.toMatch(/surname/);
    expect(d.definitions[0]).toBe('(bound form) to lay out; to exhibit; to display');
  });

  it('keeps a surname when it is all there is', () => {
    expect(define('任', 'Ren2').definitions).toEqual(['surname Ren']);
  });

  it('turns CL: senses into the classifier field', () => {
    const ge = define('个', 'ge4');
    expect(ge.definitions[0]).toBe('(classifier used before a noun that has no specific classifier)');
    expect(define('人', 'ren2').classifier).toBe('个 (gè), 位 (wèi)');
    expect(define('人', 'ren2').definitions).toEqual(['person; people']);
    expect(define('地', 'di4').classifier).toBe('片 (piàn)');
    expect(define('土豆').classifier).toBe('个 (gè)');
    for (const w of ['人', '书', '银行', '问题']) expect(define(w).definitions.join(' ')).not.toMatch(/CL:/);
  });

  it('drops variant senses when real ones exist (个 has 箇 "variant of 個|个")', () => {
    const ge = define('个', 'ge4');
    expect(ge.definitions.join(' ')).not.toMatch(/variant/);
    expect(ge.entries.map((e) => e.traditional)).toEqual(['個', '箇']);
  });

  it('treats a bare spelling variant as the word it spells, keeping the form in the text', () => {
    const wei = define('爲', 'wei2');
    expect([wei.simplified, wei.traditional]).toEqual(['为', '爲']);
    expect(wei.definitions[0]).toBe('as (in the capacity of)');
    const plan = define('計畫', 'ji4 hua4');
    expect([plan.simplified, plan.traditional, plan.definitions[0]]).toEqual(['计划', '計畫', 'plan']);
    expect(plan.classifier).toBe('个 (gè), 项 (xiàng)');
    expect(plan.entries.map((e) => e.traditional)).toEqual(['計畫', '計劃']);
    expect(define('计画').simplified).toBe('计划');
  });

  it('keeps erhua forms and "see" references as words of their own, borrowing the meaning', () => {
    const bit = define('一点儿', 'yi1 dian3 r5');
    expect(bit.simplified).toBe('一点儿');
    expect(bit.definitions.slice(0, 2)).toEqual(['erhua variant of 一点 [yī diǎn]', 'a bit; a little bit']);
    const die = define('一命归天');
    expect(die.simplified).toBe('一命归天');
    expect(die.definitions).toContain('to die (idiom)');
  });

  it('shows references in simplified with tone marks', () => {
    const liao = define('了', 'liao3');
    expect(liao.definitions[1]).toBe('(used with 得 [dé] or 不 [bù] after a verb to express (im)possibility, as in 忘不了 [wàng bu liǎo] "cannot forget")');
    expect(define('七律').definitions).toEqual(['abbr. for 七言律诗 [qī yán lǜ shī]']);
  });

  it('drops Taiwan-only parts and pronunciation asides', () => {
    const hang = define('行', 'hang2');
    expect(hang.definitions).toContain('(in data tables) row');
    expect(hang.definitions.join(' ')).not.toMatch(/\(Tw\)/);
    expect(define('行', 'xing2').definitions).toContain('behavior; conduct');
    expect(define('土豆').definitions).toEqual(['potato']);
  });

  it('keeps at most four senses, demoting literary ones, never an empty list', () => {
    const xing = define('行', 'xing2');
    expect(xing.definitions).toEqual(['(bound form) to walk; to go; to travel', 'capable; competent', 'all right; OK!; will do', 'behavior; conduct']);
    for (const w of ['打', '开', '上', '点', '出', '干']) {
      const d = define(w);
      expect(d.definitions.length).toBeGreaterThan(0);
      expect(d.definitions.length).toBeLessThanOrEqual(4);
      expect(d.definitions.every((s) => s.trim().length > 0)).toBe(true);
    }
  });
});
