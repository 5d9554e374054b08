/** Comparable forms of a pinyin reading, whoever wrote it (CC-CEDICT, pinyin-pro, kHanyuPinlu). */

const MARK_TONES: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/**
 * Lowercase numbered syllables joined by single spaces, ü as `v`, neutral tone as 5, erhua
 * `r` as `er`: `Zhong1 guo2` and `zhong1guo2` → `zhong1 guo2`; `lu:4`, `lü4`, `lǜ` → `lv4`;
 * `le0`, `le` → `le5`. Tone marks are read too.
 */
export function readingKey(pinyin: string): string {
  // Fast path for what CC-CEDICT and pinyin-pro mostly give.
  if (/^[A-Za-z]+[1-5](?: [A-Za-z]+[1-5])*$/.test(pinyin) && !/(?:^| )[rR]5/.test(pinyin)) return pinyin.toLowerCase().replace(/v|u:/g, 'v');
  const plain = pinyin
    .normalize('NFD')
    .toLowerCase()
    .replace(/u\s?:\s?|u\u0308/g, 'v')
    .replace(/([a-z])([\u0300-\u030c])([a-z]*)/g, (_, a: string, mark: string, rest: string) => `${a}${rest}${MARK_TONES[mark] ?? ''}`);
  const syllables = plain.match(/[a-z]+[0-5]?/g) ?? [];
  return syllables
    .map((s) => {
      const m = /^([a-z]+)([0-5]?)$/.exec(s)!;
      const letters = m[1] === 'r' ? 'er' : m[1]!;
      const tone = !m[2] || m[2] === '0' ? '5' : m[2];
      return letters + tone;
    })
    .join(' ');
}

/** The key without tones, for a tone-insensitive match. */
export function tonelessKey(key: string): string {
  return key.replace(/[0-5]/g, '');
}
