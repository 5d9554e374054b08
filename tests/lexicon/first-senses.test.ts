import { beforeAll, describe, expect, it } from 'vitest';
import { defineWord, loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { firstSenseCases, startsRight } from '../fixtures/lexicon/first-senses.js';

/** Hand-written expectations (tests/fixtures/lexicon/first-senses.tsv): word, reading, glosses. */
const cases = firstSenseCases();

let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

describe('the short meaning is the sense a learner needs first', () => {
  it(`gives the expected first gloss for each of ${cases.length} common polysemous or multi-entry words`, () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const first = defineWord(c.word, c.reading, lx)?.definitions[0] ?? '(none)';
      if (!startsRight(first, c.glosses)) wrong.push(`${c.word} ${c.reading}: ${first}`);
    }
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(wrong, `${wrong.length} wrong`).toEqual([]);
  });

  it('judges a wrong first sense as wrong', () => {
    expect(startsRight("one's conduct", ['as', 'in the capacity of'])).toBe(false);
    expect(startsRight('(literary) tributary; branch of a river', ['clique', 'to send'])).toBe(false);
    expect(startsRight('as (in the capacity of)', ['as'])).toBe(true);
    expect(startsRight('(completed action marker)', ['completed action marker'])).toBe(true);
    expect(startsRight('a household', ['household'])).toBe(true);
  });
});
