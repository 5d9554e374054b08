/** Dictionary facts per word, looked up once per distinct word and reading. */
import { defineWord, wordLevel, type Definition, type Lexicon } from '../lexicon/index.js';
import { dictionaryParts } from '../segment/index.js';
import type { WordLevelFacts } from '../select/index.js';

export interface WordFacts extends WordLevelFacts {
  definition: Definition;
  frequencyRank: number | null;
  /** Identity of a vocabulary item: simplified headword and its reading. */
  key: string;
}

export function createWordFacts(lx: Lexicon): (word: string, reading: string | null) => WordFacts | null {
  const cache = new Map<string, WordFacts | null>();
  const levelOf = (w: string) => wordLevel(w, lx);
  return (word, reading) => {
    const cacheKey = `${word}\t${reading ?? ''}`;
    if (cache.has(cacheKey)) return cache.get(cacheKey)!;
    const definition = defineWord(word, reading, lx);
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
