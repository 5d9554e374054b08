import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineWord, loadLexicon, type Lexicon } from '../../src/lexicon/index.js';

/** Hand-written expectations (tests/fixtures/lexicon/first-senses.tsv): word, reading, glosses. */
const cases = readFileSync(new URL('../fixtures/lexicon/first-senses.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [word, reading, glosses] = line.split('\t');
    return { word: word!, reading: reading!, glosses: glosses!.split('|') };
  });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One `; `-part of the short meaning starts with one of the glosses at a word boundary,
 * after any leading `(label)` and article; a part that is all label, `(completed action marker)`, is read bare.
 */
function startsRight(first: string, glosses: string[]): boolean {
  return first.split('; ').some((part) => {
    const text = (part.replace(/^(?:\([^)]*\)\s*)+/, '') || part.replace(/[()]/g, '')).toLowerCase();
    return glosses.some((g) => new RegExp(`^(?:an? |the )?${escape(g.toLowerCase())}(?![a-z])`).test(text));
  });
}

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

describe('the short meaning is the sense a learner needs first', () => {
  it(`gives the expected first gloss for at least 95% of ${cases.length} common polysemous words`, () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const first = defineWord(c.word, c.reading, lx)?.definitions[0] ?? '(none)';
      if (!startsRight(first, c.glosses)) wrong.push(`${c.word} ${c.reading}: ${first}`);
    }
    const share = 1 - wrong.length / cases.length;
    if (process.env.ZHCARDS_SENSES_REPORT) console.log(`first senses right: ${(share * 100).toFixed(1)}%\n${wrong.join('\n')}`);
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(wrong, `${wrong.length} wrong`).toHaveLength(0);
  });
});
