import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSegmentation } from '../../scripts/corpus/segmentation.js';

const dir = mkdtempSync(join(tmpdir(), 'zhcards-seg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkSegmentation', () => {
  it('skips when the corpus is absent', async () => {
    expect(await checkSegmentation(join(dir, 'missing'))).toBeNull();
  });

  it('scores with the bakeoff method on CRLF gold files', async () => {
    mkdirSync(join(dir, 'segmentation'));
    // Gold words separated by two spaces, CRLF line endings, a trailing blank line.
    const gold = '我们  喜欢  打  网球  。  \r\n今天  天气  很  好  。\r\n\r\n';
    writeFileSync(join(dir, 'segmentation', 'pku_test_gold.utf8'), gold);
    writeFileSync(join(dir, 'segmentation', 'msr_test_gold.utf8'), '我们喜欢  打  网球  。\r\n');
    const scores = (await checkSegmentation(dir))!;
    expect(scores.pku).toEqual({ p: 1, r: 1, f1: 1 });
    // Ours splits 我们喜欢 into two words: 3 of 5 predicted words are right, 3 of 4 gold words found.
    expect(scores.msr.p).toBeCloseTo(3 / 5);
    expect(scores.msr.r).toBeCloseTo(3 / 4);
    expect(scores.raw.pku.f1).toBeGreaterThan(0.5);
  });
});
