/** Hand-split tokens for the pinyin tests: plain strings are words, CJK punctuation is punct. */
import type { Segment, TokenKind } from '../../src/domain/types.js';

export type Tok = string | [string, TokenKind];

/** Segments (with offsets) and the sentence they make. */
export function segments(tokens: Tok[]): { sentence: string; segs: Segment[] } {
  let start = 0;
  const segs = tokens.map((t) => {
    const [text, kind] = typeof t === 'string' ? [t, /^[\p{P}\s]+$/u.test(t) ? 'punct' : 'word'] : t;
    const seg: Segment = { text, start, end: start + text.length, kind: kind as TokenKind };
    start += text.length;
    return seg;
  });
  return { sentence: segs.map((s) => s.text).join(''), segs };
}
