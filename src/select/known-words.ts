/** The learner's known words, from a plain word list (one per line, `#` comments). */
export interface KnownWords {
  has(word: string): boolean;
  readonly size: number;
}

/**
 * Parses a known-words list. A line's first column counts (tab- or comma-separated
 * exports from Anki or Pleco work), a `#` starts a comment, blank lines are skipped.
 */
export function parseKnownWords(text: string): KnownWords {
  const words = new Set<string>();
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const first = line.split(/[\t,，]/)[0]!.trim();
    // Pleco-style `简[繁]` lists both forms.
    const m = /^([^[\s]+)\[([^\]\s]+)\]$/.exec(first);
    if (m) {
      words.add(m[1]!);
      words.add(m[2]!);
    } else if (first) {
      words.add(first);
    }
  }
  return { has: (w) => words.has(w), size: words.size };
}

export const NO_KNOWN_WORDS: KnownWords = { has: () => false, size: 0 };
