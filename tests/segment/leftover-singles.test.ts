import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { segmentSentences } from '../../src/segment/index.js';
import { kindOf, texts } from './helpers.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

const one = (sentence: string) => segmentSentences([sentence], lx)[0]!;
const words = (sentence: string) => texts(one(sentence), 'word');

describe('names and abbreviations cut into single characters', () => {
  it('leaves no character of a fund, firm or person name as a word', () => {
    // 国投/j 瑞银/j (abbreviations), 易方达/nr (a firm), 安以轩/nr (an actress): none is in CC-CEDICT.
    expect(words('他认为国投瑞银融华债券表现不错。')).toEqual(['他', '认为', '债券', '表现', '不错']);
    expect(words('其中易方达表现最好。')).not.toContain('方');
    expect(words('主演有李晨、安以轩等人。')).not.toContain('安');
  });

  it('keeps characters that are all HSK words, where the tag is a stray place name', () => {
    // jieba tags 太多 and 塔顶 as place names; every character of them is an HSK word.
    expect(words('扣杀后还有太多机会。')).toEqual(expect.arrayContaining(['太', '多']));
  });

  it('keeps free words cut from an unknown compound that is no name', () => {
    const tokens = one('车内乘客很多。');
    expect(kindOf(tokens, '车')).toBe('word');
    expect(kindOf(tokens, '内')).toBe('word');
  });
});

describe('short titles in 《》', () => {
  it('makes single characters of a short title fragments', () => {
    const tokens = one('他主演的影片《剑蝶》和《叶问》都很好看，新片《赵氏孤儿》也开拍了。');
    for (const c of '剑蝶叶问氏') expect(kindOf(tokens, c)).toBe('fragment');
    // Outside the titles the same kind of character stays a word.
    expect(kindOf(tokens, '好看')).toBe('word');
  });

  it('keeps the words of a long descriptive title', () => {
    const tokens = one('会议审议通过了《全面从严治党主体责任规定》。');
    expect(kindOf(tokens, '党')).toBe('word');
  });
});

describe('pieces of names the article names elsewhere', () => {
  const article = (sentences: string[]) => segmentSentences(sentences, lx);

  it('makes a loose character that opens a name of the article with its neighbour a fragment', () => {
    const [, coordinated, , tunnel] = article(['南竿和北竿之間有船。', '現在，南北竿的交通船很多。', '午沙村在北邊。', '作為戰時掩蔽的午沙坑道也解禁。']);
    expect(kindOf(coordinated!, '竿')).toBe('fragment');
    expect(kindOf(tunnel!, '午')).toBe('fragment');
  });

  it('leaves the same characters words when the article names no such place', () => {
    expect(kindOf(article(['現在，南北竿的交通船很多。'])[0]!, '竿')).toBe('word');
    expect(kindOf(article(['中午我们去吃饭。', '午饭后休息。'])[1]!, '午饭')).toBe('word');
  });
});
