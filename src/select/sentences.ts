/** Choosing example sentences for words (study sentences live in study-sentences.ts). */

export interface SentenceFacts {
  index: number;
  /** Characters, not counting spaces. */
  length: number;
  /** Body text (not a headline, byline or masthead). */
  body: boolean;
  /** Keys of the hard words the sentence contains. */
  hardWords: ReadonlySet<string>;
  /** Normalised text, to skip repeated sentences. */
  text: string;
}

export const EXAMPLE_LENGTH = { min: 8, max: 40 } as const;

const outside = (len: number, r: { min: number; max: number }) => (len < r.min ? r.min - len : len > r.max ? len - r.max : 0);

/**
 * Best example sentences for one word, best first: a reasonable length (about 8–40
 * characters), the fewest other hard words (i+1), body text over headlines, then shorter.
 */
export function pickExamples(key: string, occurrences: readonly number[], facts: readonly SentenceFacts[], max = 3): number[] {
  // Most words of a long text are met once: nothing to choose from.
  if (occurrences.length === 1 && max >= 1) return [facts[occurrences[0]!]!.index];
  const seen = new Set<string>();
  const candidates = occurrences
    .map((i) => facts[i]!)
    .filter((f) => !seen.has(f.text) && seen.add(f.text))
    .map((f) => ({
      f,
      off: outside(f.length, EXAMPLE_LENGTH),
      others: f.hardWords.size - (f.hardWords.has(key) ? 1 : 0),
    }));
  candidates.sort(
    (a, b) =>
      Math.sign(a.off) - Math.sign(b.off) ||
      a.others - b.others ||
      Number(b.f.body) - Number(a.f.body) ||
      a.off - b.off ||
      a.f.length - b.f.length ||
      a.f.index - b.f.index,
  );
  return candidates.slice(0, max).map((c) => c.f.index);
}
