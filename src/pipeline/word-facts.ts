/** Dictionary facts per word, looked up once per distinct word and reading. */
import { defineWord, sharesMeaning, usedAlone, variantHeadword, wordLevel, type Definition, type LevelOptions, type Lexicon, type WordContext, type WordLevel } from '../lexicon/index.js';
import type { LevelSystem } from '../levels/index.js';
import { dictionaryParts } from '../segment/index.js';
import type { CompoundPart, WordLevelFacts } from '../select/index.js';

export interface WordFacts extends WordLevelFacts {
  definition: Definition;
  frequencyRank: number | null;
  /** Identity of a vocabulary item: simplified headword and its reading. */
  key: string;
}

export interface WordFactsOptions {
  /** Use the HSK 3.0 list for levels (default true); `check:corpus` turns it off to judge the estimate alone. */
  hsk3?: boolean;
  /** Use the HSK 3.0 list for a compound's parts (default: as `hsk3`): on with `hsk3` off, `check:corpus` judges one word at a time. */
  hsk3Parts?: boolean;
  /** The learner's level system; levels are on its scale (default HSK 2.0). */
  system?: LevelSystem;
}

/** Levels from an official list are free words; the rest may be bound morphemes (or free by speech). */
const OFFICIAL = new Set(['hsk2', 'hsk3']);

/** Facts of a word token by its text and reading; `traditionalText` when its article is traditional. */
export function createWordFacts(lx: Lexicon, options: WordFactsOptions = {}): (word: string, reading: string | null, traditionalText?: boolean) => WordFacts | null {
  // By script, then word, then reading: every word token of a long text asks, so no key strings are built.
  const cache = [new Map<string, Map<string, WordFacts | null>>(), new Map<string, Map<string, WordFacts | null>>()] as const;
  // Both a word's level (from its parts) and its compound facts ask for its parts: split it once.
  const split = new Map<string, string[] | null>();
  const partsOfWord = (w: string): string[] | null => {
    let parts = split.get(w);
    if (parts === undefined) split.set(w, (parts = dictionaryParts(w, lx)));
    return parts;
  };
  const levelOptions: LevelOptions = { hsk3: options.hsk3, hsk3Parts: options.hsk3Parts, parts: partsOfWord };
  const partOptions: LevelOptions = { ...levelOptions, hsk3: options.hsk3Parts ?? options.hsk3 };
  const system = options.system;
  // Another system re-places the HSK 2.0 level; the source stays, for which parts are free words.
  const onScale = (w: string, opts: LevelOptions): WordLevel => {
    const base = wordLevel(w, lx, opts);
    return system ? { ...base, ...system.levelOf(w, base) } : base;
  };
  const memo = (opts: LevelOptions) => {
    const levels = new Map<string, WordLevel>();
    return (w: string) => levels.get(w) ?? levels.set(w, onScale(w, opts)).get(w)!;
  };
  const levelOf = memo(levelOptions);
  const partLevelOf = partOptions.hsk3 === levelOptions.hsk3 ? levelOf : memo(partOptions);
  const partsOf = (word: string): CompoundPart[] | null =>
    partsOfWord(word)?.map((p) => {
      const l = partLevelOf(p);
      const free = OFFICIAL.has(l.source) ? 'list' : usedAlone(p, lx) ? 'speech' : null;
      return { word: p, level: l.level, free, sharesMeaning: sharesMeaning(word, p, lx) };
    }) ?? null;
  return (word, reading, traditionalText = false) => {
    const byWord = cache[traditionalText ? 1 : 0];
    let byReading = byWord.get(word);
    if (byReading === undefined) byWord.set(word, (byReading = new Map()));
    const cached = byReading.get(reading ?? '');
    if (cached !== undefined) return cached;
    const context: WordContext = { traditionalText };
    const definition = defineWord(word, reading, lx, context) ?? defineVariant(word, reading, lx, context);
    let facts: WordFacts | null = null;
    if (definition) {
      const simplified = definition.simplified;
      const level = levelOf(simplified);
      facts = {
        key: `${simplified}|${definition.pinyinNumbered.toLowerCase()}`,
        word: simplified,
        traditional: definition.traditional,
        level: level.level,
        levelEstimated: level.estimated,
        frequencyRank: level.frequencyRank,
        parts: OFFICIAL.has(level.source) ? null : partsOf(simplified),
        definition,
      };
    }
    byReading.set(reading ?? '', facts);
    return facts;
  };
}

/** A traditional variant CC-CEDICT spells otherwise (天文臺 → 天文台), keeping the article's form. */
function defineVariant(word: string, reading: string | null, lx: Lexicon, context: WordContext): Definition | null {
  const headword = variantHeadword(word, lx);
  const d = headword === null ? null : defineWord(headword, reading, lx, context);
  return d && { ...d, traditional: word };
}
