/**
 * The key a known or ignored word is stored under: its simplified form, so a word marked in
 * a traditional article and met again in a simplified one is the same word. Only a form
 * that CC-CEDICT lists as traditional and never as simplified is converted.
 */
import type { Lexicon } from '../lexicon/index.js';

export function simplifiedKey(word: string, lx: Lexicon): string {
  const w = word.normalize('NFC').trim();
  const entries = lx.lookup(w);
  if (entries.length === 0 || entries.some((e) => e.simplified === w)) return w;
  return entries.find((e) => e.traditional === w)?.simplified ?? w;
}
