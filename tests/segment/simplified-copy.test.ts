// The simplified copy that segmenting and reading share: same offsets, OpenCC only for traditional.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/index.js';
import { segmentSentences, simplifiedCopy } from '../../src/segment/index.js';

const lx = loadLexicon();
const openccLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('opencc-js'));

describe('simplifiedCopy', () => {
  it('returns simplified text as it is, without loading OpenCC', () => {
    const text = '他还特地保存着那封信，这是著名作家的著作。';
    expect(simplifiedCopy(text, lx)).toBe(text);
    segmentSentences([text, '今天的成交量很大。'], lx);
    expect(openccLoaded()).toBe(false);
  }, 120_000);

  it('converts traditional text with phrase context, keeping every offset', () => {
    const text = '他還特地保存著那封信，這是著名作家的著作。';
    const copy = simplifiedCopy(text, lx);
    expect(copy).toBe('他还特地保存着那封信，这是著名作家的著作。');
    expect(copy.length).toBe(text.length);
    expect(openccLoaded()).toBe(true);
  });

  it('reads a lone 著 as 着 but keeps it inside words (著名, 显著)', () => {
    expect(simplifiedCopy('他睡著了。', lx)).toBe('他睡着了。');
    expect(simplifiedCopy('变化很显著。', lx)).toBe('变化很显著。');
  });

  it('keeps characters outside the BMP where they were', () => {
    const text = '𨁂還在這裡';
    const copy = simplifiedCopy(text, lx);
    expect(copy.length).toBe(text.length);
    expect(copy.slice(0, 2)).toBe('𨁂');
    expect(copy.slice(2)).toBe('还在这里');
  });
});
