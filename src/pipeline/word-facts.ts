/** Dictionary facts per word, looked up once per distinct word and reading. */
import { defineWord, wordLevel, type Definition, type Lexicon } from '../lexicon/index.js';
import type { WordLevelFacts } from '../select/index.js';

export interface WordFacts extends WordLevelFacts {
  definition: Definition;
  frequencyRank: number | null;
  /** Identity of a vocabulary item: simplified headword and its reading. */
  key: string;
}

/** Fewest dictionary words that make up `word` (excluding the whole word), or null. */
export function dictionaryParts(word: string, lx: Lexicon): string[] | null {
  const chars = [...word];
  const best: Array<string[] | null> = [[]];
  for (let end = 1; end <= chars.length; end++) {
    best[end] = null;
    for (let start = Math.max(0, end - lx.maxWordLength); start < end; start++) {
      const prev = best[start];
      const piece = chars.slice(start, end).join('');
      if (!prev || piece === word || !lx.has(piece)) continue;
      if (!best[end] || prev.length + 1 < best[end]!.length) best[end] = [...prev, piece];
    }
  }
  const parts = best[chars.length];
  return parts && parts.length >= 2 ? parts : null;
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
