import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { segmentSentences } from '../../src/segment/index.js';
import { kindOf, texts } from './helpers.js';

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

const one = (sentence: string) => segmentSentences([sentence], lx)[0]!;

describe('loose transliteration characters touching a foreign name', () => {
  it('join the name after it, up to a function word (阿基|琉斯之踵 → 阿基琉斯 + 之)', () => {
    const tokens = one('这次受伤是他的阿基琉斯之踵。');
    expect(texts(tokens, 'name')).toEqual(['阿基琉斯']);
    expect(kindOf(tokens, '斯')).toBeUndefined();
    expect(kindOf(tokens, '琉')).toBeUndefined();
    expect(kindOf(tokens, '之')).toBe('word');
    expect(kindOf(one('克劳利说他明天会来。'), '克劳利')).toBe('name');
  });

  it('join the name before it, stopping at a free word (转 朱|比利 线 → 朱比利)', () => {
    const tokens = one('他每天换乘朱比利线去上班。');
    expect(texts(tokens, 'name')).toEqual(['朱比利']);
    expect(kindOf(tokens, '换乘')).toBe('word');
    expect(kindOf(tokens, '线')).toBe('word');
  });

  it('leave a run that goes on past the name-like characters (英格兰|伯明罕) and native names (珠江|帝景)', () => {
    expect(texts(one('他从英格兰伯明罕来。'), 'name')).toEqual(['英格兰']);
    expect(texts(one('珠江帝景的房价很高。'), 'name')).toEqual(['珠江']);
  });
});
