/** Dictionary facts per word, looked up once per distinct word and reading. */
import { defineWord, variantHeadword, wordLevel, type Definition, type Lexicon, type WordContext } from '../lexicon/index.js';
import { dictionaryParts } from '../segment/index.js';
import type { WordLevelFacts } from '../select/index.js';

export interface WordFacts extends WordLevelFacts {
  definition: Definition;
  frequencyRank: number | null;
  /** Identity of a vocabulary item: simplified headword and its reading. */
  key: string;
}

/** Facts of a word token by its text and reading; `traditionalText` when its article is traditional. */
export function createWordFacts(lx: Lexicon): (word: string, reading: string | null, traditionalText?: boolean) => WordFacts | null {
  const cache = new Map<string, WordFacts | null>();
  const levelOf = (w: string) => wordLevel(w, lx);
  return (word, reading, traditionalText = false) => {
    const cacheKey = `${word}\t${reading ?? ''}\t${traditionalText ? 't' : ''}`;
    if (cache.has(cacheKey)) return cache.get(cacheKey)!;
    const context: WordContext = { traditionalText };
    const definition = defineWord(word, reading, lx, context) ?? defineVariant(word, reading, lx, context);
    let facts: WordFacts | null = null;
    if (definition) {
      const simplified = definition.simplified;
      const level = levelOf(simplified);
      const parts = level.estimated ? dictionaryParts(simplified, lx) : null;
      facts = {
        key: `${simplified}|${definition.pinyinNumbered.toLowerCase()}`,
        word: simplified,
        traditional: definition.traditional,
        level: level.level,
        levelEstimated: level.estimated,
        frequencyRank: level.frequencyRank,
        parts: parts?.map((p) => {
          const l = levelOf(p);
          return { word: p, level: l.level, estimated: l.estimated };
        }) ?? null,
        definition,
      };
    }
    cache.set(cacheKey, facts);
    return facts;
  };
}

/** A traditional variant CC-CEDICT spells otherwise (天文臺 → 天文台), keeping the article's form. */
function defineVariant(word: string, reading: string | null, lx: Lexicon, context: WordContext): Definition | null {
  const headword = variantHeadword(word, lx);
  const d = headword === null ? null : defineWord(headword, reading, lx, context);
  return d && { ...d, traditional: word };
}
