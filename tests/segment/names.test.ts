import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { segmentSentences } from '../../src/segment/index.js';
import { kindOf, texts } from './helpers.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

const article = readFileSync(new URL('../fixtures/segment/city-news.txt', import.meta.url), 'utf8').trim().split('\n');
const one = (sentence: string) => segmentSentences([sentence], lx)[0]!;

describe('person names', () => {
  it('finds every name in a list after 市领导, however jieba cut it', () => {
    const tokens = one('市领导徐劼、陈德荣、王唤春、冯军、袁飞参加会议。');
    expect(texts(tokens, 'name')).toEqual(['徐劼', '陈德荣', '王唤春', '冯军', '袁飞']);
    // No fragment of a name is left as a word (jieba alone gives 陈/德/荣, 王/唤/春).
    for (const fragment of ['陈', '德', '荣', '王', '唤', '春', '冯', '军', '袁', '飞']) expect(kindOf(tokens, fragment)).toBeUndefined();
    expect(kindOf(tokens, '参加')).toBe('word');
  });

  it('finds names after titles and in bylines', () => {
    const [titles, byline] = segmentSentences([article[2]!, article[5]!], lx);
    expect(texts(titles!, 'name')).toEqual(['高亚光', '张明康']);
    expect(kindOf(titles!, '秘书长')).toBe('word');
    expect(texts(byline!, 'name')).toEqual(['王怡荻']);
  });

  it('recognises a name found once in every sentence of the article', () => {
    const tokens = segmentSentences(article, lx);
    expect(kindOf(tokens[0]!, '刘振宇')).toBe('name');
    expect(kindOf(tokens[1]!, '刘振宇')).toBe('name');
    expect(kindOf(tokens[3]!, '刘振宇')).toBe('name');
  });

  it('keeps 雷达 (radar) a word although jieba tags it as a person', () => {
    const tokens = one(article[3]!);
    expect(kindOf(tokens, '雷达')).toBe('word');
  });

  it('treats a surname before a form of address as a name', () => {
    const tokens = one('王市长说，张先生走了，李老师来了。');
    expect(texts(tokens, 'name')).toEqual(['王', '张', '李']);
    expect(kindOf(tokens, '先生')).toBe('word');
    expect(kindOf(tokens, '老师')).toBe('word');
  });

  it('does not take common phrases next to a surname for names', () => {
    const tokens = segmentSentences(['这种野葱普遍生长在山坡上，不过此人史载是一名商人。', '他说从球的底部向上挥拍，还花了五千块钱。'], lx);
    expect(tokens.flat().filter((t) => t.kind === 'name')).toEqual([]);
  });
});

describe('place and organisation names', () => {
  it('marks rare proper nouns as names and keeps HSK place words as words', () => {
    const tokens = one('华中科技大学无锡研究院靠近太湖，中国和北京的专家都来了。');
    expect(kindOf(tokens, '华中科技大学')).toBe('name');
    expect(kindOf(tokens, '无锡')).toBe('name');
    expect(kindOf(tokens, '太湖')).toBe('name');
    expect(kindOf(tokens, '中国')).toBe('word');
    expect(kindOf(tokens, '北京')).toBe('word');
  });
});
