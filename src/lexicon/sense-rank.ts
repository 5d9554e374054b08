/**
 * How far down a learner's list a CC-CEDICT sense goes. CC-CEDICT orders senses by history
 * and etymology as often as by use, and marks the rare ones with register labels: those go last.
 */

/** Register, sound-word and slang labels: the sense is rare in modern text or not the word's core. */
const MARGINAL =
  /\((?:literary|archaic|old|classical|obsolete|dialect|onom\.|onomatopoeia|slang|Internet slang|vulgar|euph\.|euphemism|derog\.|Cantonese|Tw|Japanese|phonetic)(?![a-z])[^)]*\)/;
/** Colloquial or figurative extensions: after the plain meaning, before the rare ones. */
const COLLOQUIAL = /\((?:coll\.|colloquial|fig\.|figuratively)(?![a-z])[^)]*\)/;
/** Subject-field labels: a learner meets the general meaning first. */
const DOMAIN =
  /\((?:math\.|mathematics|physics|chemistry|medicine|medical|computing|biology|botany|zoology|law|finance|economics|music|sports|Buddhism|Taoism|linguistics|geology|astronomy|electricity|electronics|military|TCM|Chinese medicine|anatomy|geometry|statistics|genetics|mining|printing|photography|pharm\.)(?![a-z])[^)]*\)/;
/** Housekeeping written as a sense: pointers, surnames, radicals. */
const HOUSEKEEPING = /^(?:(?:[a-z-]+ )?variant of |used in |surname |see |same as |Kangxi radical|also pr\.|Taiwan pr\.)/;

/** The `(label) (label)` run at the start of a sense. */
const leadingLabels = (sense: string) => /^(?:\([^)]*\)\s*)+/.exec(sense)?.[0] ?? '';
/** A label closing a sense (`to die (euph.)`); a closing field (`carrier (chemistry)`) only disambiguates. */
const trailingLabel = (sense: string) => /\([^()]*\)\s*$/.exec(sense)?.[0] ?? '';

/**
 * 0 plain; 1 bound form or subject field; 2 colloquial or figurative; 3 literary, archaic,
 * old, dialect, onomatopoeia, slang, or a pointer/surname/radical written as a sense.
 */
export function senseRank(sense: string): number {
  if (HOUSEKEEPING.test(sense)) return 3;
  const leading = leadingLabels(sense);
  const labels = leading + trailingLabel(sense);
  if (!labels) return 0;
  if (MARGINAL.test(labels)) return 3;
  if (COLLOQUIAL.test(labels)) return 2;
  if (leading.includes('(bound form)') || DOMAIN.test(leading)) return 1;
  return 0;
}

/** The rank from which a sense is marginal: shown only when a word has nothing better. */
export const MARGINAL_RANK = 3;
