/** Readings of word tokens: the dictionary's when it is unambiguous, else the nearest to context. */
import type { Segment } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { numberedToMarks } from '../notation/index.js';
import { closestReading, dictionaryReadings } from './choose.js';
import { contextNumbered, contextSyllables, type SentenceReadings } from './context.js';
import { contextRule, type Around } from './context-rules.js';
import { lexiconMemo } from './memo.js';
import { wordRule } from './role-rules.js';
import { singleCharReading } from './single-chars.js';

/** A stretch of the sentence read as one dictionary word (or one character CC-CEDICT lacks). */
export interface Unit extends Segment {
  /** Index of the segment it belongs to, and that segment's span. */
  segment: number;
  segmentStart: number;
  segmentEnd: number;
  /** The word's facts when toUnits already looked them up (a whole word segment). */
  facts?: WordFacts;
}

/** What reading a word's text needs, the same wherever it stands: worked out once per distinct text. */
export interface WordFacts {
  /** CC-CEDICT has the word. */
  known: boolean;
  /** One code point: a character's readings and rules apply. */
  single: boolean;
  /** Its dictionary readings, most frequent first ([] when unknown). */
  candidates: string[];
  /**
   * Its reading in every context: a known word with one dictionary reading that no word rule
   * looks at (most tokens). Such a token needs neither pinyin-pro nor its neighbours.
   */
  fixed?: string;
  /** `fixed` in tone marks. */
  fixedMarks?: string;
  /** A word CC-CEDICT lacks: its cover by dictionary words, [from, to) offsets. */
  cover?: [number, number][];
  /** A polyphonic character's candidate nearest each pinyin-pro syllable, as met. */
  nearest?: Map<string, string>;
}

export const wordFacts = lexiconMemo((text: string, lx: Lexicon): WordFacts => {
  const single = Array.from(text).length === 1;
  if (!lx.has(text)) return { known: false, single, candidates: [], cover: longestWords(text, lx) };
  let candidates = dictionaryReadings(text, lx, single ? 'char' : 'word');
  if (candidates.length === 0) candidates = dictionaryReadings(text, lx, 'all');
  const fixed = candidates.length === 1 && !wordRuled(text) ? candidates[0]! : undefined;
  return { known: true, single, candidates, fixed, fixedMarks: fixed === undefined ? undefined : numberedToMarks(fixed) };
});

/**
 * Splits the segments into units: a word CC-CEDICT lacks (a jieba compound such as 马萨诸塞州,
 * 地说) becomes its longest dictionary words, so each part still gets the dictionary's reading.
 */
export function toUnits(segments: Segment[], lx: Lexicon): Unit[] {
  // plain loops and no closure per segment: this runs for every token of a long text
  const out: Unit[] = [];
  for (let segment = 0; segment < segments.length; segment++) {
    const seg = segments[segment]!;
    const facts = seg.kind === 'word' ? wordFacts(seg.text, lx) : undefined;
    if (!facts?.cover) out.push(toUnit(seg, segment, seg.start, seg.end, facts));
    else for (const [from, to] of facts.cover) out.push(toUnit(seg, segment, seg.start + from, seg.start + to, undefined));
  }
  return out;
}

function toUnit(seg: Segment, segment: number, start: number, end: number, facts: WordFacts | undefined): Unit {
  return {
    text: start === seg.start && end === seg.end ? seg.text : seg.text.slice(start - seg.start, end - seg.start),
    start,
    end,
    kind: seg.kind,
    segment,
    segmentStart: seg.start,
    segmentEnd: seg.end,
    facts,
  };
}

/** `ctx` gives pinyin-pro's readings of the sentence, worked out on first call. */
export function wordReading(sentence: string, u: Unit, f: WordFacts, ctx: () => SentenceReadings, lx: Lexicon, around: Around): string {
  if (f.fixed !== undefined) return f.fixed;
  const reading = dictionaryWordReading(sentence, u, f, ctx, lx, around);
  return wordRuled(u.text) ? (wordRule(u.text, reading, around) ?? reading) : reading;
}

/** The two-character words wordRule knows about (为人, 重读, 正中, 朝阳, 穿着 …): a cheap test before calling it. */
const WORD_RULED = /^[为為重正朝穿]/;
const wordRuled = (text: string) => text.length === 2 && WORD_RULED.test(text);

/** `around` carries endsCompound: the unit closes a longer token split for lack of an entry. */
function dictionaryWordReading(sentence: string, u: Unit, f: WordFacts, ctx: () => SentenceReadings, lx: Lexicon, around: Around): string {
  if (!f.known) return contextNumbered(sentence, ctx(), u.start, u.end) || u.text;
  const { single, candidates } = f;
  if (candidates.length === 1) return candidates[0]!;
  const rule = single ? contextRule(u.text, around) : undefined;
  if (rule && candidates.some((c) => c.toLowerCase() === rule)) return rule;
  const context = contextSyllables(sentence, ctx(), u.start, u.end);
  if (single) {
    const guess = singleCharReading(u, context[0], around, candidates, lx);
    if (guess && candidates.some((c) => c.toLowerCase() === guess)) return guess;
  }
  if (single && candidates.length > 0) return nearest(f, context);
  return closestReading(candidates, context) ?? contextNumbered(sentence, ctx(), u.start, u.end);
}

/** closestReading for one character, whose context is one syllable (or none): once per syllable. */
function nearest(f: WordFacts, context: string[]): string {
  const key = context[0] ?? '';
  f.nearest ??= new Map();
  let reading = f.nearest.get(key);
  if (reading === undefined) f.nearest.set(key, (reading = closestReading(f.candidates, context)!));
  return reading;
}

/** Forward longest-match cover of `text` by dictionary words: [from, to) offsets. */
function longestWords(text: string, lx: Lexicon): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; ) {
    let len = Math.min(lx.maxWordLength, text.length - i);
    while (len > 1 && !(lx.has(text.slice(i, i + len)) && !isLowSurrogate(text, i + len))) len--;
    if (len === 1 && isHighSurrogate(text, i)) len = 2;
    out.push([i, i + len]);
    i += len;
  }
  return out;
}

const isHighSurrogate = (s: string, i: number) => /[\uD800-\uDBFF]/.test(s[i] ?? '');
const isLowSurrogate = (s: string, i: number) => /[\uDC00-\uDFFF]/.test(s[i] ?? '');
