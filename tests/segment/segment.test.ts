import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { dictionaryForm, segmentSentences } from '../../src/segment/index.js';
import { expectCovers, kindOf, texts } from './helpers.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

const one = (sentence: string) => segmentSentences([sentence], lx)[0]!;

describe('offsets', () => {
  it('covers every sentence exactly, dropping only whitespace', () => {
    const sentences = [
      '本报讯 昨天，市长刘振宇带领市有关部门负责人前往我市部分科研院所调研。',
      '馬祖列島是隸屬中華民國的群島，位於臺灣海峽正北方。',
      'APS-C规格单反旗舰 佳能7D单机跌破万元😀👍🏽，气温-5℃。',
      '  前后有空格　全角空格也算\t',
      '𠀀𠀁好',
      '',
    ];
    segmentSentences(sentences, lx).forEach((tokens, k) => expect(expectCovers(sentences[k]!, tokens)).toEqual([]));
    expect(one('')).toEqual([]);
  });
});

describe('numbers', () => {
  it('keeps dates, times, percentages and Chinese numerals whole', () => {
    const tokens = one('第七〇二研究所成立于二○○一年十二月三十一日，2025年3月19日上午10:30开会，增长百分之五十，达到１７％和3.5%，气温-5℃。');
    expect(texts(tokens, 'number')).toEqual(['第七〇二', '二○○一年十二月三十一日', '2025年3月19日', '10:30', '百分之五十', '１７％', '3.5%', '-5']);
  });

  it('splits a numeral from its measure word', () => {
    const tokens = one('他提出12个项目，两个方面，三十多岁，1.5万人。');
    expect(texts(tokens, 'number')).toEqual(['12', '两', '三十多', '1.5万']);
    expect(kindOf(tokens, '个')).toBe('word');
    expect(kindOf(tokens, '岁')).toBe('word');
  });

  it('keeps numeral-only words whose sense is not a number', () => {
    const tokens = one('这件事十分重要，千万不要忘记。');
    expect(kindOf(tokens, '十分')).toBe('word');
    expect(kindOf(tokens, '千万')).toBe('word');
  });
});

describe('Latin, punctuation and symbols', () => {
  it('keeps Latin runs whole, with digits inside them', () => {
    const tokens = one('APS-C规格，MV首发，ＭＶ，5G手机，iPhone 15 Pro，邮箱abc@example.com。');
    expect(texts(tokens, 'latin')).toEqual(['APS-C', 'MV', 'ＭＶ', '5G', 'iPhone', 'Pro', 'abc@example.com']);
    expect(kindOf(tokens, '15')).toBe('number');
  });

  it('tells punctuation from other symbols', () => {
    const tokens = one('“好！”他说——真的……《书》（图）😀★℃');
    expect(texts(tokens, 'punct')).toEqual(['“', '！', '”', '——', '……', '《', '》', '（', '）']);
    expect(texts(tokens, 'other')).toEqual(['😀', '★', '℃']);
  });
});

describe('dictionary words', () => {
  it('splits compounds CC-CEDICT lacks into dictionary words', () => {
    const tokens = one('前往我市部分科研院所，每到一处都听取情况汇报，营造良好环境。');
    expect(texts(tokens).join('|')).toContain('我|市');
    expect(texts(tokens).join('|')).toContain('情况|汇报');
    expect(texts(tokens).join('|')).toContain('良好|环境');
    expect(texts(tokens)).not.toContain('科研院所');
    expect(texts(tokens)).toContain('科研');
  });

  it('gives every word token a dictionary entry', () => {
    const sentences = [
      '深入实施创新驱动核心战略，进一步完善体制机制、加大投入力度、强化要素保障。',
      '馬祖的美食有清蒸黃魚、淡菜、紫菜等，特產有高粱、老酒。',
      '正风肃纪反腐纵深推进，党的建设各项工作有特色、有成效。',
    ];
    const words = segmentSentences(sentences, lx).flat().filter((t) => t.kind === 'word');
    expect(words.length).toBeGreaterThan(30);
    expect(words.filter((t) => !lx.has(t.text)).map((t) => t.text)).toEqual([]);
  });
});

describe('traditional text', () => {
  it('cuts traditional text where it cuts the simplified text', () => {
    const [trad, simp] = segmentSentences(['我們在網球場上打網球，這種運動對身體很好。', '我们在网球场上打网球，这种运动对身体很好。'], lx);
    expect(trad!.map((t) => [t.start, t.end, t.kind])).toEqual(simp!.map((t) => [t.start, t.end, t.kind]));
    expect(texts(trad!)).toContain('網球');
  });

  it('keeps traditional words jieba would glue to their neighbours', () => {
    // Raw jieba on this text gives 馬/祖列島 and 距中/國大陸.
    const tokens = one('馬祖列島距中國大陸最近點約9.25公里。');
    expect(texts(tokens)).toEqual(expect.arrayContaining(['列島', '中國', '大陸', '公里']));
    expect(kindOf(tokens, '馬祖')).toBe('name');
  });
});

describe('dictionaryForm', () => {
  it('finds the entry of a traditional variant through its simplified copy', () => {
    expect(dictionaryForm('網球', lx)).toBe('網球');
    const form = dictionaryForm('天文臺', lx);
    expect(lx.has(form)).toBe(true);
  });
});
