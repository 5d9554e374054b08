import { describe, expect, it } from 'vitest';
import type { ArticleText } from '../../src/domain/index.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { packCuts, unpackCuts } from '../../src/pipeline/packed-cuts.js';
import { packRead, unpackRead } from '../../src/pipeline/packed-read.js';
import { distinctTexts, readPart } from '../../src/pipeline/read-sentences.js';
import { collectSentences } from '../../src/pipeline/sentences.js';
import { jiebaCuts } from '../../src/segment/index.js';

const lx = loadLexicon();
const article: ArticleText = {
  source: 'a',
  title: 'a',
  paragraphs: [
    { text: '银行行长王小明说：“重庆的长江大桥很长。”', kind: 'body' },
    { text: '我们今天去火车站买车票，一共花了120元。', kind: 'body' },
    { text: '银行行长王小明说：“重庆的长江大桥很长。”', kind: 'body' },
    { text: '臺灣的天氣很熱，iPhone賣得很好。', kind: 'byline' },
  ],
};

describe('packed transfer between threads', () => {
  it('cuts made in one place and given to readPart read exactly as jieba inside it', () => {
    const part = collectSentences([article]);
    const cuts = jiebaCuts(distinctTexts(part), lx);
    expect(unpackCuts(packCuts(cuts))).toEqual(cuts);
    expect(unpackCuts(packCuts([[], [1, 3], []]))).toEqual([[], [1, 3], []]);
    expect(JSON.stringify(readPart(part, lx, unpackCuts(packCuts(cuts))))).toBe(JSON.stringify(readPart(part, lx)));
  });

  it('a packed reading unpacks to the same sentences, tokens and readings, repeats sharing one token array', () => {
    const part = collectSentences([article]);
    const read = readPart(part, lx);
    const back = unpackRead(part, packRead(structuredClone(read)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(read));
    expect(back.sentences.map((s) => Object.keys(s))).toEqual(read.sentences.map((s) => Object.keys(s)));
    expect(Object.keys(back.sentences[0]!.tokens[0]!)).toEqual(Object.keys(read.sentences[0]!.tokens[0]!));
    const repeats = back.sentences.filter((s) => s.text === back.sentences[0]!.text);
    expect(repeats).toHaveLength(2);
    expect(repeats[0]!.tokens).toBe(repeats[1]!.tokens);
    // Each distinct string travels once.
    const packed = packRead(read);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
  });
});
