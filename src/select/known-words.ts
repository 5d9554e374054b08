/** The learner's known words, from a plain word list (one per line, `#` comments). */
export interface KnownWords {
  has(word: string): boolean;
  readonly size: number;
}

/** One line of a known-words list: the word, and the other script's form when the line gave one. */
export interface KnownEntry {
  word: string;
  alternate?: string;
}

/**
 * Parses a known-words list. A line's first column counts (tab- or comma-separated
 * exports from Anki or Pleco work), a `#` starts a comment, blank lines are skipped.
 */
export function parseKnownEntries(text: string): KnownEntry[] {
  const entries: KnownEntry[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const first = line.split(/[\t,，]/)[0]!.trim();
    // Pleco-style `简[繁]` lists both forms.
    const m = /^([^[\s]+)\[([^\]\s]+)\]$/.exec(first);
    if (m) entries.push({ word: m[1]!, alternate: m[2]! });
    else if (first) entries.push({ word: first });
  }
  return entries;
}

export function parseKnownWords(text: string): KnownWords {
  return knownWordsFrom(parseKnownEntries(text));
}

/** Both forms of every entry count as known. */
export function knownWordsFrom(entries: readonly KnownEntry[]): KnownWords {
  const words = new Set<string>();
  for (const e of entries) {
    words.add(e.word);
    if (e.alternate) words.add(e.alternate);
  }
  return { has: (w) => words.has(w), size: words.size };
}

/** Known in any of the lists (a file, the database, the ignored words). */
export function combineKnown(...lists: readonly (KnownWords | undefined)[]): KnownWords {
  const present = lists.filter((l): l is KnownWords => l !== undefined && l.size > 0);
  if (present.length === 1) return present[0]!;
  return { has: (w) => present.some((l) => l.has(w)), size: present.reduce((n, l) => n + l.size, 0) };
}

export const NO_KNOWN_WORDS: KnownWords = { has: () => false, size: 0 };
