/** Readings for the tokens of one sentence: pinyin-pro's context, corrected by CC-CEDICT. */
import type { Segment } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { simplifiedCopy } from '../segment/index.js';
import { contextNumbered, contextReadings, type SentenceReadings } from './context.js';
import { numberedToMarks } from '../notation/index.js';
import type { Around } from './context-rules.js';
import { nameReading } from './names.js';
import { toUnits, wordFacts, wordReading, type Unit, type WordFacts } from './words.js';

const CLAUSE_END = /[，。！？；：,.!?;:]/;

/** Readings repeat across a long text; converting each once halves the time. Bounded by a reset. */
const marksCache = new Map<string, string>();
function cachedMarks(numbered: string): string {
  let marks = marksCache.get(numbered);
  if (marks === undefined) {
    if (marksCache.size > 200_000) marksCache.clear();
    marksCache.set(numbered, (marks = numberedToMarks(numbered)));
  }
  return marks;
}

export interface Reading {
  /** Tone marks, syllables separated by single spaces; '' for punctuation, Latin and other. */
  marks: string;
  /** CC-CEDICT numbered form (`zai4 ti3`, neutral tone 5, ü as `u:`). */
  numbered: string;
}

/**
 * One reading per segment. pinyin-pro reads the whole sentence once (with 一/不 sandhi off, so
 * words keep their citation tones as CC-CEDICT writes them); then a word CC-CEDICT reads one way
 * takes that reading (载体 zài tǐ, not pinyin-pro's zǎi tǐ), and a word it reads several ways
 * (行 háng/xíng) takes the one nearest pinyin-pro's, after a few rules for particles (跑得快 de).
 * Names use proper-noun and surname readings (单 Shàn); numbers pinyin-pro's (一百零一 yī bǎi líng yī).
 * Traditional text is read as its simplified copy, token by token at the same offsets.
 */
export function sentencePinyin(original: string, segments: Segment[], lx: Lexicon, given?: SentenceReadings): Reading[] {
  // Traditional text is read through its simplified copy (same offsets), so that pinyin-pro's
  // context and every rule apply to it alike: 還特地 hái, 保存著 zhe.
  const sentence = simplifiedCopy(original, lx);
  // pinyin-pro runs when a token first needs context: a sentence of one-reading words never does.
  // `given`: contextReadings of the simplified copy, worked out ahead on another thread.
  let ctx: SentenceReadings | undefined;
  const context = () => (ctx ??= given ?? contextReadings(sentence));
  const segs = sentence === original ? segments : segments.map((seg) => ({ ...seg, text: sentence.slice(seg.start, seg.end) }));
  const units = toUnits(segs, lx);
  const spoken = units.filter((u) => u.text.trim() !== '');
  // Each segment's readings joined by spaces as they come (most segments have one unit), and
  // its marks when that one unit is a word with a fixed reading (no conversion per token).
  const parts: (string | undefined)[] = new Array(segments.length);
  const marks: (string | undefined)[] = new Array(segments.length);
  // a neighbour in another segment is that whole segment (更好 in 更好地, even if 更好 is split)
  const neighbour = (u: Unit, n?: Unit): Segment | undefined =>
    n && n.segment !== u.segment ? segs[n.segment] : n;
  let clauseStart = 0;
  for (let i = 0; i < spoken.length; i++) {
    const u = spoken[i]!;
    const facts = u.kind === 'word' || u.kind === 'fragment' ? (u.facts ?? wordFacts(u.text, lx)) : undefined;
    const numbered = facts?.fixed ?? unitReading(u, facts, i, clauseStart);
    if (numbered) {
      const sofar = parts[u.segment];
      parts[u.segment] = sofar === undefined ? numbered : `${sofar} ${numbered}`;
      marks[u.segment] = sofar === undefined ? facts?.fixedMarks : undefined;
    }
    if (u.kind === 'punct' && CLAUSE_END.test(u.text)) clauseStart = i + 1;
  }
  function clauseAfter(i: number): Unit[] {
    const out: Unit[] = [];
    for (let j = i + 1; j < spoken.length; j++) {
      out.push(spoken[j]!);
      if (spoken[j]!.kind === 'punct' && CLAUSE_END.test(spoken[j]!.text)) break;
    }
    return out;
  }
  const readings: Reading[] = new Array(segments.length);
  for (let i = 0; i < segments.length; i++) {
    const numbered = parts[i] ?? '';
    readings[i] = { marks: marks[i] ?? (numbered ? cachedMarks(numbered) : ''), numbered };
  }
  return readings;

  /** The unit's reading in this sentence; `from` is where its clause starts among the spoken units. */
  function unitReading(u: Unit, facts: WordFacts | undefined, i: number, from: number): string {
    if (facts) {
      const around: Around = {
        prev: neighbour(u, spoken[i - 1]),
        next: neighbour(u, spoken[i + 1]),
        endsCompound: u.end === u.segmentEnd && u.start > u.segmentStart,
        earlier: () => spoken.slice(from, i),
        later: () => clauseAfter(i),
      };
      return wordReading(sentence, u, facts, context, lx, around);
    }
    switch (u.kind) {
      case 'name':
        return nameReading(sentence, u.start, u.end, context, lx);
      case 'number':
        return contextNumbered(sentence, context(), u.start, u.end);
      default:
        return '';
    }
  }
}
