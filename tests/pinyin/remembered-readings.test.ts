import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segments, type Tok } from './segments.js';
import { artefactPath, lexiconFromBytes, loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { sentencePinyin } from '../../src/pinyin/index.js';

// Readings worked out once per word (and per person's name) must never carry one sentence's
// context into the next: a polyphone met first as háng is still xíng where its sentence says so,
// and a lexicon whose memo is warm reads every sentence exactly as a fresh one does.


/** Hand-split sentences, the token to check and its reading in that sentence. */
const CASES: [Tok[], string, string][] = [
  [['他', '一', '行', '就', '是', '十年', '。'], '行', 'háng'],
  [['这样', '做', '行', '吗', '？'], '行', 'xíng'],
  [['孩子', '长大', '了', '。'], '长大', 'zhǎng dà'],
  [['这', '条', '路', '很', '长', '。'], '长', 'cháng'],
  [['他', '跑', '得', '很快', '。'], '得', 'de'],
  [['你', '得', '去', '。'], '得', 'děi'],
  [['他', '得', '了', '冠军', '。'], '得', 'dé'],
  [['他', '明天', '还', '钱', '。'], '还', 'huán'],
  [['他', '还', '没', '来', '。'], '还', 'hái'],
  [['我们', '重新', '开始', '。'], '重新', 'chóng xīn'],
  [['这', '很', '重要', '。'], '重要', 'zhòng yào'],
  [['请', '重读', '一遍', '。'], '重读', 'chóng dú'],
  [['新闻', '是', '文化', '的', '载体', '。'], '载体', 'zài tǐ'],
  [['他', '在', ['重庆', 'name'], '工作', '。'], '重庆', 'Chóng qìng'],
  [[['单田芳', 'name'], '说', '评书', '。'], '单田芳', 'Shàn Tián fāng'],
  [['听', ['单田芳', 'name'], '的', '评书', '。'], '单田芳', 'Shàn Tián fāng'],
];


/** Every token's `text:marks|numbered` for one case. */
function readCase(tokens: Tok[], lx: Lexicon): string[] {
  const { sentence, segs } = segments(tokens);
  return sentencePinyin(sentence, segs, lx).map((r, i) => `${segs[i]!.text}:${r.marks}|${r.numbered}`);
}

function marksOf(line: string[], word: string): string | undefined {
  return line.find((t) => t.startsWith(`${word}:`))?.slice(word.length + 1).split('|')[0];
}

/** A lexicon nobody has read with yet: its remembered word facts start empty. */
const freshLexicon = () => lexiconFromBytes(readFileSync(artefactPath()));

describe('sentencePinyin: readings remembered per word', () => {
  it('reads each polyphone by its own sentence, whichever sentence came first', () => {
    const lx = loadLexicon();
    const forward = CASES.map(([tokens]) => readCase(tokens, lx));
    const backward = [...CASES].reverse().map(([tokens]) => readCase(tokens, lx)).reverse();
    CASES.forEach(([, word, marks], i) => {
      expect(marksOf(forward[i]!, word), `${word} in case ${i}`).toBe(marks);
      expect(backward[i]).toEqual(forward[i]);
    });
  });

  it('reads with a warm memo exactly as with a cold one, token by token', () => {
    const warm = loadLexicon();
    for (let round = 0; round < 2; round++) CASES.forEach(([tokens]) => readCase(tokens, warm));
    for (const [tokens] of CASES) expect(readCase(tokens, warm)).toEqual(readCase(tokens, freshLexicon()));
  });

  it('reads a one-reading word the same in every context, and a split compound through its parts', () => {
    const lx = loadLexicon();
    for (const tokens of [['载体', '。'], ['这', '是', '载体', '吗', '？'], [['载体', 'fragment']]] as Tok[][]) {
      expect(marksOf(readCase(tokens, lx), '载体')).toBe('zài tǐ');
    }
    // words CC-CEDICT lacks are read through their dictionary parts; the cover is remembered too
    for (const [word, marks] of [['马萨诸塞州', 'Mǎ sà zhū sài zhōu'], ['露营地', 'lù yíng dì'], ['馆长', 'guǎn zhǎng']] as [string, string][]) {
      const tokens = ['他们', '说', word, '。'];
      const warm = readCase(tokens, lx);
      expect(marksOf(warm, word)).toBe(marks);
      expect(readCase(tokens, lx)).toEqual(warm);
      expect(readCase(tokens, freshLexicon())).toEqual(warm);
    }
  });
});
