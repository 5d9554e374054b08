/** Tone numbers and tone-coloured Hanzi, from tone-mark pinyin. */
import { escapeHtml } from './html.js';
import { toneOf } from '../notation/index.js';

// One tone reader for the whole app: the pinyin module's.
export { toneOf };

export function syllablesOf(pinyin: string): string[] {
  const simple = pinyin.split(' ');
  // Fast path: already single-spaced, as the card types promise.
  if (simple.every((s) => s !== '' && !/\s/.test(s))) return simple;
  return pinyin.trim().split(/\s+/).filter(Boolean);
}

/** Has a Latin letter (pinyin, with or without tone marks), i.e. is not bare punctuation. */
export function isSyllable(text: string): boolean {
  return /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/.test(text);
}

/**
 * Pairs each character with its syllable, or returns null when they do not line up one to one
 * (e.g. a Latin-letter word whose reading is spelled differently).
 */
export function pairSyllables(text: string, pinyin: string): Array<[string, string]> | null {
  const chars = Array.from(text);
  const syllables = syllablesOf(pinyin);
  if (chars.length === 0 || chars.length !== syllables.length) return null;
  return chars.map((ch, i) => [ch, syllables[i] ?? '']);
}

/** `<span class="tone4">载</span><span class="tone3">体</span>`; plain text when unpaired. */
export function colorHanzi(text: string, pinyin: string): string {
  const pairs = pairSyllables(text, pinyin);
  if (!pairs) return escapeHtml(text);
  return pairs
    .map(([ch, syl]) => (isSyllable(syl) ? `<span class="tone${toneOf(syl)}">${escapeHtml(ch)}</span>` : escapeHtml(ch)))
    .join('');
}
