/**
 * Does a compound mean what its parts mean? A compound is transparent when its CC-CEDICT
 * gloss shares a content word with the everyday senses of one of its parts: 车票 "ticket"
 * ← 票 "ticket", 星空 "starry sky" ← 星 "star"; 空前 "unprecedented" shares nothing with
 * 空 "empty" or 前 "front", so it is opaque. And is a part a word of its own, or a bound
 * morpheme that only lives inside words?
 */
import type { LexEntry, Lexicon } from './types.js';

/** A learner at a part's level knows its first few senses, not CC-CEDICT's long tail. */
const PART_SENSES = 3;

/** Grammar words, dictionary shorthand and words too general to carry a meaning. */
const STOP = new Set(
  ('a an the of to in on at for by with from into out up as and or not no is be are was sb sth sb\'s sth\'s oneself ' +
    'one\'s its it used use using usu. esp. etc lit. fig. bound form variant abbr. classifier cl ' +
    'verb noun adjective adverb particle make made do get have take give put thing things way ' +
    'also see same very more most much many some such other another').split(' '),
);

/** Senses that describe the word's form, not a meaning a part could pass on. */
const META_SENSE = /^(CL:|surname |variant of |old variant|abbr\. for |see |also written |used in |\(bound form\)$)/;

/** Lower-case content words of some senses, parentheses kept (they often carry the meaning). */
export function contentWords(senses: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const sense of senses) {
    if (META_SENSE.test(sense)) continue;
    for (const w of sense.replace(/\[[^\]]*\]|[^\x00-\x7f]+/g, ' ').toLowerCase().split(/[^a-z']+/)) {
      if (w.length >= 3 && !STOP.has(w)) words.add(w);
    }
  }
  return words;
}

/**
 * Same word up to an English ending: star/starry, sing/singer, science/scientist: a
 * shared beginning of 4+ letters and 70% of the shorter word.
 */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n >= 4 && n >= 0.7 * Math.min(a.length, b.length);
}

/** Entries for the simplified form, proper nouns (capitalised readings) left out. */
function commonEntries(word: string, lx: Lexicon): LexEntry[] {
  return lx.lookup(word).filter((e) => e.simplified === word && !/^[A-Z]/.test(e.pinyin));
}

/** True when the compound's gloss shares a content word with the everyday senses of `part`. */
export function sharesMeaning(compound: string, part: string, lx: Lexicon): boolean {
  const whole = contentWords(commonEntries(compound, lx).flatMap((e) => e.senses));
  if (whole.size === 0) return false;
  const partSenses = commonEntries(part, lx).flatMap((e) => e.senses.filter((s) => !META_SENSE.test(s)).slice(0, PART_SENSES));
  for (const w of contentWords(partSenses)) for (const v of whole) if (sameStem(w, v)) return true;
  return false;
}

/**
 * Speech shows which characters are words of their own: SUBTLEX-CH is segmented into
 * words, and 车 is a word by itself in 43% of its uses, 天 in 40%, 站 in 70%, while the
 * bound morphemes 力 (力度, 努力), 机 (飞机) and 国 (外国, 国家) stand alone in 5%, 5%, 2%.
 * At one use in ten a character counts as a free word.
 */
export const FREE_SHARE = 10;

/**
 * True when a single character is used as a free word, by the evidence of speech, and
 * CC-CEDICT does not call its first meaning a bound form (基 "(bound form) base" stands
 * alone in names and transliterations, not as "base").
 */
export function usedAlone(word: string, lx: Lexicon): boolean {
  if ([...word].length !== 1 || (lx.standaloneShare(word) ?? 0) < FREE_SHARE) return false;
  const first = commonEntries(word, lx).flatMap((e) => e.senses).find((s) => !META_SENSE.test(s));
  return first !== undefined && !first.startsWith('(bound form)');
}
