// The hand-checked polyphone set (tests/fixtures/pinyin/polyphones.tsv), read by the real
// segmenter and sentence pinyin, as written and converted to the other script with OpenCC.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/index.js';
import { sentencePinyin } from '../../src/pinyin/index.js';
import { toTraditional } from '../../src/script/index.js';
import { segmentSentences } from '../../src/segment/index.js';

const lx = loadLexicon();
const rows = readFileSync(new URL('../fixtures/pinyin/polyphones.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((line) => {
    const [marked, gold] = line.split('\t') as [string, string];
    const index = marked.indexOf('[');
    return { text: marked.replace('[', '').replace(']', ''), index, gold, marked };
  });

/** Our numbered syllable for the character at UTF-16 `index`, with the token it fell in. */
function readAt(texts: string[], indexes: number[]): string[] {
  const segmented = segmentSentences(texts, lx);
  return texts.map((text, i) => {
    const segs = segmented[i]!;
    const readings = sentencePinyin(text, segs, lx);
    const t = segs.findIndex((s) => s.start <= indexes[i]! && indexes[i]! < s.end);
    const syllables = readings[t]!.numbered.toLowerCase().split(' ');
    return syllables[Array.from(text.slice(segs[t]!.start, indexes[i])).length] ?? '';
  });
}

function misses(texts: string[]): string[] {
  const ours = readAt(texts, rows.map((r) => r.index));
  return rows.flatMap((r, i) => (ours[i] === r.gold ? [] : [`${texts[i]} @${r.index}: ${ours[i]} (want ${r.gold})`]));
}

describe('polyphones in context: the hand-checked set', () => {
  it('has at least 200 sentences, each with one marked polyphone', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    for (const r of rows) expect(r.index, r.marked).toBeGreaterThanOrEqual(0);
  }, 120_000);

  // Every target must be read right, in both scripts: a miss here is a wrong reading on a card.
  it('reads every target as written', () => {
    const wrong = misses(rows.map((r) => r.text));
    expect(wrong, wrong.join('\n')).toEqual([]);
  }, 120_000);

  it('reads every target converted to traditional with OpenCC', () => {
    const converted = rows.map((r) => toTraditional(r.text));
    // OpenCC converts character for character here; a length change would move the target
    expect(converted.filter((t, i) => t.length !== rows[i]!.text.length)).toEqual([]);
    const wrong = misses(converted);
    expect(wrong, wrong.join('\n')).toEqual([]);
  }, 120_000);

  it('reads the traditional readings the issue reported (還 hái, 著 zhe, 處 chǔ)', () => {
    const texts = ['他還特地來看我。', '他一直保存著那封信。', '我們要好好處理這個問題。'];
    expect(readAt(texts, [1, 5, 5])).toEqual(['hai2', 'zhe5', 'chu3']);
  }, 120_000);
});
