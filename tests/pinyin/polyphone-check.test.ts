import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolyphones } from '../../scripts/corpus/polyphone.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'pinyin');

describe('checkPolyphones', () => {
  it('scores the marked character of each sentence, UTF-16 indexes after 𨁂 included', async () => {
    const r = await checkPolyphones(fixtures);
    expect(r.skipped).toBeUndefined();
    expect(r.total).toBe(6);
    // 行 háng, 长 zhǎng, 还 huán, 地 de, 绿 lǜ, 得 de
    expect(r.correct).toBe(6);
    expect(r.accuracy).toBe(1);
    // raw pinyin-pro reads 还钱 hái, 认真地 dì and 跑得 dé
    expect(r.rawPinyinPro).toBeCloseTo(3 / 6);
  });

  it('skips cleanly when the corpus is absent', async () => {
    const r = await checkPolyphones(join(fixtures, 'no-such-corpus'));
    expect(r).toMatchObject({ skipped: true, total: 0 });
  });
});
