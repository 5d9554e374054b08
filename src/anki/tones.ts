/** Tone numbers and tone-coloured Hanzi, from tone-mark pinyin. */
import { escapeHtml } from './html.js';

const TONE_MARKS: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };
// Precomposed vowels, so the common case needs no Unicode normalisation.
const MARKED_VOWELS = new Map<string, number>();
['āēīōūǖĀĒĪŌŪǕ', 'áéíóúǘńḿÁÉÍÓÚǗŃḾ', 'ǎěǐǒǔǚňǍĚǏǑǓǙŇ', 'àèìòùǜǹÀÈÌÒÙǛǸ'].forEach((vowels, i) => {
  for (const v of vowels) MARKED_VOWELS.set(v, i + 1);
});

/** 1–4 from a tone mark (or a trailing digit), 5 for the neutral tone. */
export function toneOf(syllable: string): number {
  const last = syllable.charCodeAt(syllable.length - 1);
  if (last >= 0x31 && last <= 0x35) return last - 0x30;
  for (const ch of syllable) {
    const tone = MARKED_VOWELS.get(ch);
    if (tone !== undefined) return tone;
  }
  if (/[\u0300-\u036f]/.test(syllable)) {
    for (const ch of syllable.normalize('NFD')) {
      const tone = TONE_MARKS[ch];
      if (tone !== undefined) return tone;
    }
  }
  return 5;
}

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
