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

const ERHUA = new Set(['儿', '兒']);

/**
 * Pairs each character with its syllable, or returns null when they do not line up one to one
 * (e.g. a Latin-letter word whose reading is spelled differently). An erhua 儿 read into the
 * syllable before it (今儿个 jīnr ge) pairs with '' : it has no syllable of its own.
 */
export function pairSyllables(text: string, pinyin: string): Array<[string, string]> | null {
  const chars = Array.from(text);
  const syllables = syllablesOf(pinyin);
  if (chars.length === 0) return null;
  if (chars.length === syllables.length) return chars.map((ch, i) => [ch, syllables[i] ?? '']);
  const pairs: Array<[string, string]> = [];
  let next = 0;
  for (const [i, ch] of chars.entries()) {
    const before = pairs[pairs.length - 1]?.[1] ?? '';
    const spare = chars.length - i > syllables.length - next;
    if (ERHUA.has(ch) && spare && /r$/i.test(before) && !/^[eéěèē]r$/i.test(before)) {
      pairs.push([ch, '']);
      continue;
    }
    if (next >= syllables.length) return null;
    pairs.push([ch, syllables[next++]!]);
  }
  return next === syllables.length ? pairs : null;
}

/** `<span class="tone4">载</span><span class="tone3">体</span>`; plain text when unpaired. */
export function colorHanzi(text: string, pinyin: string): string {
  const pairs = pairSyllables(text, pinyin);
  if (!pairs) return escapeHtml(text);
  let tone = 5;
  return pairs
    .map(([ch, syl]) => {
      // Erhua 儿 takes the colour of the syllable it belongs to.
      if (syl === '' && ERHUA.has(ch)) return `<span class="tone${tone}">${escapeHtml(ch)}</span>`;
      if (!isSyllable(syl)) return escapeHtml(ch);
      tone = toneOf(syl);
      return `<span class="tone${tone}">${escapeHtml(ch)}</span>`;
    })
    .join('');
}
