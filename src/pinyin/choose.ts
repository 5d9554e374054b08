/** Which reading a word gets: CC-CEDICT's when it is unambiguous, else the one nearest pinyin-pro's. */
import type { LexEntry, Lexicon } from '../lexicon/index.js';
import { lexiconMemo } from './memo.js';

/**
 * Senses that make an entry a side reading, not a meaning of this word: surnames, variants,
 * Taiwan-only readings, and readings that only occur inside another word (行 heng2 "used in 道行").
 */
const MINOR_SENSE =
  /^(surname |(old |archaic |obsolete |unofficial |erroneous |ancient |Japanese |Korean |Taiwan )*variant of |(also )?used in |see |Taiwan pr\. |\(Tw\) )/i;

/** For a single character only readings confined to other words or to Taiwan are side readings. */
const CONFINED_SENSE = /^((also )?used in |Taiwan pr\. |\(Tw\) )/i;

function isMinor(e: LexEntry): boolean {
  return e.senses.every((s) => MINOR_SENSE.test(s));
}

/** `xx5` marks a reading CC-CEDICT does not know. */
const usableReading = (e: LexEntry) => !/\bxx5\b/.test(e.pinyin);

/**
 * Which entries count. `word` skips entries whose every sense is minor (above); `all` keeps
 * everything. `char`, for a one-character word, skips only readings confined to other words or
 * to Taiwan (媛 yuán "used in 婵媛"; that word would have been its own token): its variant reading
 * is still a reading of it (粘 nián "variant of 黏" next to zhān), and a surname reading may be
 * its main one (冯 Féng).
 */
export type EntryFilter = 'word' | 'char' | 'all';

/**
 * The distinct readings of `word` (numbered, CC-CEDICT spelling), one per reading ignoring case,
 * the most frequent reading first (kHanyuPinlu counts, where the lexicon has them). A lowercase
 * spelling is preferred over a capitalised one (common word over proper noun).
 */
export function dictionaryReadings(word: string, lx: Lexicon, filter: EntryFilter = 'word'): string[] {
  return readingsByFilter[filter](word, lx);
}

/** Long texts repeat their words; the readings of each are worked out once per lexicon (a memo per filter: no key strings per token). */
const readingsByFilter: Record<EntryFilter, (word: string, lx: Lexicon) => string[]> = {
  word: lexiconMemo((word, lx) => readingsOf(word, lx, 'word')),
  char: lexiconMemo((word, lx) => readingsOf(word, lx, 'char')),
  all: lexiconMemo((word, lx) => readingsOf(word, lx, 'all')),
};

function readingsOf(word: string, lx: Lexicon, filter: EntryFilter): string[] {
  const byKey = new Map<string, { pinyin: string; freq: number }>();
  for (const e of lx.lookup(word)) {
    if (!usableReading(e)) continue;
    if (filter === 'word' && isMinor(e)) continue;
    if (filter === 'char' && e.senses.every((s) => CONFINED_SENSE.test(s))) continue;
    const key = e.pinyin.toLowerCase();
    const seen = byKey.get(key);
    const freq = Math.max(seen?.freq ?? 0, e.readingFrequency ?? 0);
    const pinyin = seen && !(seen.pinyin !== key && e.pinyin === key) ? seen.pinyin : e.pinyin;
    byKey.set(key, { pinyin, freq });
  }
  return [...byKey.values()].sort((a, b) => b.freq - a.freq).map((r) => r.pinyin);
}

/**
 * Per-syllable likeness: same syllable and tone 2, same syllable 1, else 0; a neutral tone
 * where pinyin-pro has another tone 1.5. pinyin-pro seldom writes neutral tones, so hǎo chù
 * says nothing against CC-CEDICT's everyday hǎo chu "benefit" and is no vote for hǎo chǔ.
 */
function likeness(candidate: string, context: string[]): number {
  const syl = candidate.toLowerCase().split(' ');
  let score = 0;
  syl.forEach((s, i) => {
    const c = context[i]?.toLowerCase();
    if (c === undefined) return;
    if (s === c) score += 2;
    else if (s.replace(/\d$/, '') === c.replace(/\d$/, '')) score += s.endsWith('5') ? 1.5 : 1;
  });
  return score;
}

/**
 * The candidate reading most like pinyin-pro's contextual one (`context`, numbered syllables).
 * Ties keep CC-CEDICT's order. Returns undefined when there is no candidate.
 */
export function closestReading(candidates: string[], context: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const c of candidates) {
    const score = likeness(c, context);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
