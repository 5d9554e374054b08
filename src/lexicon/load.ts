/** Lazy, validated loading of the lexicon artefact (built on install, rebuilt if stale). */
import { existsSync, readFileSync } from 'node:fs';
import { artefactPath, validateArtefact, type LexiconArtefact } from './artefact.js';
import { sourceVersions, writeArtefact } from './build.js';
import type { LexEntry, Lexicon } from './types.js';

let cached: Lexicon | undefined;

/** The process-wide lexicon, loaded on first use. */
export function loadLexicon(): Lexicon {
  cached ??= createLexicon(readOrBuild());
  return cached;
}

function readOrBuild(): LexiconArtefact {
  const path = artefactPath();
  const expected = sourceVersions();
  if (existsSync(path)) {
    try {
      const artefact = JSON.parse(readFileSync(path, 'utf8')) as LexiconArtefact;
      if (validateArtefact(artefact, expected).length === 0) return artefact;
    } catch {
      // unreadable or truncated: rebuild below
    }
  }
  writeArtefact(path);
  const rebuilt = JSON.parse(readFileSync(path, 'utf8')) as LexiconArtefact;
  const problems = validateArtefact(rebuilt, expected);
  if (problems.length) throw new Error(`lexicon artefact invalid after rebuild: ${problems.join('; ')}`);
  return rebuilt;
}

function rankMap(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  words.forEach((w, i) => {
    if (!m.has(w)) m.set(w, i + 1);
  });
  return m;
}

export function createLexicon(a: LexiconArtefact): Lexicon {
  const bySimplified = new Map<string, number[]>();
  const byTraditional = new Map<string, number[]>();
  let maxWordLength = 1;
  a.entries.forEach(([simp, trad], i) => {
    push(bySimplified, simp, i);
    if (trad !== simp) push(byTraditional, trad, i);
    if (simp.length > maxWordLength) maxWordLength = simp.length;
  });
  const unpack = (i: number): LexEntry => {
    const [simplified, traditional, pinyin, senses] = a.entries[i]!;
    return { simplified, traditional, pinyin, senses: senses.split('\x1f') };
  };
  const hsk = new Map<string, number>();
  a.hsk.forEach((words, level) => words.forEach((w) => hsk.has(w) || hsk.set(w, level + 1)));
  const book = rankMap(a.bookWords);
  const movie = rankMap(a.movieWords);
  const surnames = new Set(a.surnames);
  const ids = (word: string) => {
    const s = bySimplified.get(word) ?? [];
    const t = byTraditional.get(word) ?? [];
    return t.length ? [...s, ...t.filter((i) => !s.includes(i))] : s;
  };
  return {
    lookup: (word) => ids(word).map(unpack),
    has: (word) => bySimplified.has(word) || byTraditional.has(word),
    isProperNoun: (word) => {
      const found = ids(word);
      return found.length > 0 && found.every((i) => /^[A-Z]/.test(a.entries[i]![2]));
    },
    isSurname: (char) => surnames.has(char),
    hskLevel: (w) => hsk.get(w) ?? null,
    bookRank: (w) => book.get(w) ?? null,
    movieRank: (w) => movie.get(w) ?? null,
    levelBoundaries: a.levelBoundaries,
    maxWordLength,
  };
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
