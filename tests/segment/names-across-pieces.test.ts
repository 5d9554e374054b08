import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { segmentSentences } from '../../src/segment/index.js';
import { expectCovers, kindOf, texts } from './helpers.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

const one = (sentence: string) => segmentSentences([sentence], lx)[0]!;

describe('names jieba cut across two pieces, with no title or verb of saying', () => {
  // jieba cuts 董应/台 and 沈有/容不费; 为了 and 不 mark where each name ends.
  const pair = ['這塊石碑是巡府董應台為了表彰沈有容不費一兵一卒的功勞所立的。', '这块石碑是巡府董应台为了表彰沈有容不费一兵一卒的功劳所立的。'];

  it.each(pair)('finds both names in %s', (sentence) => {
    const tokens = one(sentence);
    expect(expectCovers(sentence, tokens)).toEqual([]);
    expect(texts(tokens, 'name')).toEqual([sentence.slice(7, 10), sentence.slice(14, 17)]);
    // No piece of a name is left as a word or fragment: 應/应 used to be a word "should".
    for (const piece of ['董', '應', '应', '台', '沈', '有', '容']) expect(kindOf(tokens, piece)).toBeUndefined();
  });

  it('leaves a word after a surname-like piece whole', () => {
    // 台湾 is a word jieba knew: a name may not take its first character.
    const tokens = one('董应台湾的朋友来了。');
    expect(texts(tokens, 'name')).not.toContain('董应台');
  });

  it('does not take a verb after a two-character name into it', () => {
    // jieba cuts 薛蟠/打: the name is 薛蟠, and 打 "to hit" is the verb.
    const tokens = one('香菱被薛蟠打，哭了一夜。');
    expect(texts(tokens, 'name')).not.toContain('薛蟠打');
    expect(kindOf(tokens, '打')).toBe('word');
  });
});
