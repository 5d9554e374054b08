/**
 * Traditional spellings CC-CEDICT lacks (天文臺, 借鑑, 雲台: it has 天文台, 借鑒, 雲臺) found
 * through the standard converter. opencc is loaded only for a word that has no entry and
 * contains a character CC-CEDICT knows as traditional, so simplified text never pays for it.
 */
import { toSimplified } from '../script/index.js';
import type { Lexicon } from './types.js';

/** Per character: 1 traditional-only (說), 2 simplified-only (说), 4 a traditional form of another simplified one. */
const charScripts = new WeakMap<Lexicon, Map<string, number>>();
const TRADITIONAL_ONLY = 1;
const SIMPLIFIED_ONLY = 2;
const TRADITIONAL_OF_OTHER = 4;

function scriptOf(ch: string, lx: Lexicon): number {
  let known = charScripts.get(lx);
  if (!known) charScripts.set(lx, (known = new Map()));
  let bits = known.get(ch);
  if (bits === undefined) {
    const entries = lx.lookup(ch);
    const tradOfOther = entries.some((e) => e.traditional === ch && e.simplified !== ch);
    const simpOfOther = entries.some((e) => e.simplified === ch && e.traditional !== ch);
    const same = entries.some((e) => e.simplified === ch && e.traditional === ch);
    bits = (tradOfOther ? TRADITIONAL_OF_OTHER : 0) | (tradOfOther && !same && !simpOfOther ? TRADITIONAL_ONLY : 0) | (simpOfOther && !same && !tradOfOther ? SIMPLIFIED_ONLY : 0);
    known.set(ch, bits);
  }
  return bits;
}

const isTraditionalChar = (ch: string, lx: Lexicon) => (scriptOf(ch, lx) & TRADITIONAL_OF_OTHER) !== 0;

/** Enough telling characters to decide: a lead this large is never reversed in real text. */
const DECISIVE_LEAD = 24;

/**
 * True when `text` has more characters found only in traditional than only in simplified
 * writing. Stops at a clear lead: looking characters up is the cost, a few dozen suffice.
 */
export function looksTraditional(text: string, lx: Lexicon): boolean {
  let balance = 0;
  for (const ch of text) {
    if (ch < '\u3400') continue;
    const bits = scriptOf(ch, lx);
    if (bits & TRADITIONAL_ONLY) balance++;
    else if (bits & SIMPLIFIED_ONLY) balance--;
    if (balance >= DECISIVE_LEAD || balance <= -DECISIVE_LEAD) break;
  }
  return balance > 0;
}

/** The mainland simplified spelling under which the lexicon has `word`, or null. */
export function variantHeadword(word: string, lx: Lexicon): string | null {
  if (![...word].some((ch) => isTraditionalChar(ch, lx))) return null;
  const simplified = toSimplified(word);
  return simplified !== word && lx.has(simplified) ? simplified : null;
}
