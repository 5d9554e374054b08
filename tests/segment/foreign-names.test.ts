import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { segmentSentences } from '../../src/segment/index.js';
import { transliterationScore } from '../../src/segment/transliteration.js';
import { TRANSLITERATION_LOG_ODDS } from '../../src/segment/transliteration-data.js';
import { kindOf, texts } from './helpers.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

const one = (sentence: string) => segmentSentences([sentence], lx)[0]!;
const words = (sentence: string) => texts(one(sentence), 'word');

describe('transliterated foreign names', () => {
  it('learns from CC-CEDICT which characters spell foreign names', () => {
    for (const c of '斯尔姆纳克') expect(transliterationScore(c)).toBeGreaterThan(2);
    for (const c of '了上斜膝') expect(transliterationScore(c)).toBeLessThan(0.5);
  });

  it('scores every character of the table as the table says, one-unit and surrogate-pair characters alike', () => {
    const items = TRANSLITERATION_LOG_ODDS.split(' ');
    expect(items.length).toBeGreaterThan(400);
    for (const item of items) {
      const c = [...item][0]!;
      expect(transliterationScore(c), c).toBe(Number(item.slice(c.length)) / 10);
    }
    // Characters outside the table score -1, including ones outside the Basic Multilingual Plane.
    for (const c of ['的', '𠮷', 'a', '，']) if (!items.some((item) => item.startsWith(c))) expect(transliterationScore(c), c).toBe(-1);
  });

  it('keeps a name jieba does not know in one piece, never 拜/纳/姆', () => {
    const tokens = one('拜纳姆接受了检查，医生说拜纳姆没事。');
    expect(texts(tokens, 'name')).toEqual(['拜纳姆', '拜纳姆']);
    for (const piece of ['拜', '纳', '姆']) expect(kindOf(tokens, piece)).toBeUndefined();
    expect(kindOf(tokens, '检查')).toBe('word');
  });

  it('reads names joined with -, ·, • or － as one name token', () => {
    expect(texts(one('安德鲁-拜纳姆倒下了。'), 'name')).toEqual(['安德鲁-拜纳姆']);
    expect(texts(one('比利·雷斯来到港口。'), 'name')).toEqual(['比利·雷斯']);
    expect(texts(one('约翰•法雷尔赶到了。'), 'name')).toEqual(['约翰•法雷尔']);
    expect(texts(one('主持人谢莉尔－米勒笑了。'), 'name')).toEqual(['谢莉尔－米勒']);
  });

  it('takes the other side of a joiner even when its characters are rare in names (派屈克, 皮特·山…)', () => {
    const tokens = one('著名選手有皮特·山普拉斯、派屈克·拉夫特等。');
    expect(texts(tokens, 'name')).toEqual(['皮特·山普拉斯', '派屈克·拉夫特']);
    for (const piece of ['派', '屈', '克', '特', '山']) expect(kindOf(tokens, piece)).toBeUndefined();
    // Everyday words on the other side are not taken: 中国·北京 has no name in it.
    expect(texts(one('会议在中国·北京举行。'), 'name')).toEqual([]);
    expect(kindOf(one('著名選手有皮特·山普拉斯等。'), '選手')).toBe('word');
  });

  it('recognises each part of a joined name alone later in the article', () => {
    const [first, later] = segmentSentences(['比利·雷斯来到港口。', '雷斯很快站了起来。'], lx);
    expect(texts(first!, 'name')).toEqual(['比利·雷斯']);
    expect(kindOf(later!, '雷斯')).toBe('name');
    expect(kindOf(later!, '雷')).toBeUndefined();
  });

  it('does not swallow everyday words or a preposition next to a name', () => {
    const tokens = one('美国布鲁金斯学会的专家认为，奥巴马政府显得比布什团队更团结。');
    expect(kindOf(tokens, '布鲁金斯')).toBe('name');
    expect(kindOf(tokens, '美国')).toBe('word');
    expect(kindOf(tokens, '比')).toBe('word');
    expect(kindOf(tokens, '布什')).toBe('name');
  });

  it('leaves ordinary text alone', () => {
    expect(texts(one('他在上斜的路面上慢慢开车，买了一台沙发和一个麦克风。'), 'name')).toEqual([]);
  });
});

describe('Chinese names without a title', () => {
  it('finds masked names and a three-character name jieba tags as a person', () => {
    expect(texts(one('男子麦×文情况危殆。'), 'name')).toEqual(['麦×文']);
    expect(kindOf(one('駐守東莒光的沈有容。'), '沈有容')).toBe('name');
    expect(kindOf(one('处长吕兆财表示。'), '吕兆财')).toBe('name');
  });

  it('does not read 某 in 某些 as a withheld name', () => {
    expect(texts(one('于某些地方，张某说了话。'), 'name')).toEqual(['张某']);
  });
});

describe('single characters left over from unknown words', () => {
  it('makes bound pieces fragments, never words', () => {
    const tokens = one('他的膝伤无碍。');
    expect(kindOf(tokens, '膝')).toBe('fragment');
    expect(words('他的膝伤无碍。')).not.toContain('膝');
  });

  it('keeps free words cut from an unknown word', () => {
    // 车内 is not in CC-CEDICT; 车 is a word people say alone, 内 an HSK word.
    const tokens = one('车内乘客很多。');
    expect(kindOf(tokens, '车')).toBe('word');
    expect(kindOf(tokens, '内')).toBe('word');
  });

  it('makes a bound character cut off next to a free one a fragment, but not next to a particle', () => {
    // 收掣 (to brake) and 扛鼎 are unknown to the dictionary: 收 and 扛 stay words, 掣 and 鼎 are pieces.
    const braked = one('司机判断错误，致收掣不及。');
    expect(kindOf(braked, '掣')).toBe('fragment');
    expect(kindOf(braked, '收')).toBe('word');
    expect(kindOf(one('他在内线扛鼎。'), '鼎')).toBe('fragment');
    // Next to 着 or 了 the same kind of character is a verb used as one.
    expect(kindOf(one('我们望着星空。'), '望')).toBe('word');
  });

  it('joins a place suffix to the name or fragments before it', () => {
    const tokens = one('我们从塘岐村走到北竿乡。');
    expect(kindOf(tokens, '塘岐村')).toBe('name');
    expect(kindOf(tokens, '村')).toBeUndefined();
    expect(kindOf(tokens, '乡')).toBeUndefined();
  });
});
