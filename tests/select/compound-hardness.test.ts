import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/index.js';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { createWordFacts } from '../../src/pipeline/word-facts.js';
import { isHard, NO_KNOWN_WORDS } from '../../src/select/index.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'select', 'compounds.txt');
/** Everyday compounds a learner reads from their parts. */
const TRANSPARENT = ['车票', '车站', '白天', '冬天', '书店', '星空', '歌迷'];
/** News words whose parts do not give them away (or whose parts are bound morphemes). */
const OPAQUE = ['力度', '空前', '解读', '基层', '调控', '哄抬', '惜售', '援引'];

describe('opaque and transparent compounds in an article', () => {
  let hardAt: Record<number, Set<string>>;
  let seen: Set<string>;
  beforeAll(async () => {
    const articles = await readInputs([fixture]);
    hardAt = {};
    for (const level of [4, 6]) {
      const a = analyzeArticles(articles, { level });
      hardAt[level] = new Set(a.vocab.filter((v) => v.hard).map((v) => v.word));
      seen = new Set(a.vocab.map((v) => v.word));
    }
  });

  it('segments every test word as a word of its own', () => {
    for (const w of [...TRANSPARENT, ...OPAQUE]) expect(seen.has(w), w).toBe(true);
  });

  for (const level of [4, 6]) {
    it(`at HSK ${level}: opaque compounds are hard, transparent ones are not`, () => {
      for (const w of OPAQUE) expect(hardAt[level]!.has(w), w).toBe(true);
      for (const w of TRANSPARENT) expect(hardAt[level]!.has(w), w).toBe(false);
    });
  }
});

describe('the estimate alone (HSK 3.0 lookup off), as check:corpus judges it', () => {
  let lx: Lexicon;
  let hard: (word: string, level: number) => boolean;
  beforeAll(() => {
    lx = loadLexicon();
    const facts = createWordFacts(lx, { hsk3: false });
    hard = (word, level) => isHard(facts(word, null)!, { level, known: NO_KNOWN_WORDS });
  });

  it('reads everyday compounds from parts that speech uses as words (车, 天, 店)', () => {
    for (const w of ['车站', '白天', '冬天', '车票', '书店']) {
      expect(lx.hskLevel(w), w).toBeNull();
      expect(createWordFacts(lx, { hsk3: false })(w, null)!.level!, w).toBeGreaterThan(4);
      expect(hard(w, 4), w).toBe(false);
    }
  });

  it('keeps opaque news words hard at HSK 4, and the rarest at HSK 6', () => {
    for (const w of ['力度', '空前', '解读', '基层', '调控', '哄抬', '惜售', '援引']) expect(hard(w, 4), w).toBe(true);
    for (const w of ['基层', '哄抬', '惜售', '援引']) expect(hard(w, 6), w).toBe(true);
  });

  it('does not read a compound from a bound morpheme (力 in 力度, 基 in 基层)', () => {
    const lidu = createWordFacts(lx, { hsk3: false })('力度', null)!;
    expect(lidu.parts?.find((p) => p.word === '力')).toMatchObject({ free: null, sharesMeaning: true });
    expect(hard('力度', 4)).toBe(true);
    expect(hard('基层', 6)).toBe(true);
  });
});
