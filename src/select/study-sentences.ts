/**
 * Study sentences: whole sentences that teach one new word, and — because dense news leaves
 * few of those — clause-length excerpts (split at ，；：) that do, then two-word ones, and as a
 * last resort short three-word clauses until there are STUDY_MIN.
 * Every pick passes the clause check, so lists, datelines and contact lines never appear.
 */
import type { Segment } from '../domain/types.js';
import { clauseProblem, leadInProblem, visibleLength, type IsPredicate } from './clause-check.js';

export interface StudyInput {
  index: number;
  text: string;
  /** Body text (not a headline, byline or masthead). */
  body: boolean;
  /** Keys of the hard words the sentence contains. */
  hard: ReadonlySet<string>;
  tokens: readonly Segment[];
}

/** What selection asks about words; lookups, not per-token objects (a long text has millions of tokens). */
export interface StudyWords {
  usefulness: (key: string) => number;
  /** The key of the hard word a token is, among the sentence's hard keys, or null. */
  hardKey: (word: string, hard: ReadonlySet<string>) => string | null;
  isPredicate: IsPredicate;
}

export interface StudyPick {
  index: number;
  /** Vocabulary keys taught, most useful first. */
  targets: string[];
  /** UTF-16 offsets of the excerpt in the sentence text; absent for a whole sentence. */
  start?: number;
  end?: number;
}

/** Whole sentences of 8–60 characters; 8–40 preferred, and the most an excerpt may have. */
export const STUDY_LENGTH = { min: 8, preferred: 40, max: 60 } as const;
/** Excerpts are added, best first, until the list holds this many study sentences. */
export const STUDY_FILL = 10;
/** Three-word picks (no longer than the preferred length) are a last resort, only up to this many. */
export const STUDY_MIN = 5;

const CLAUSE_BREAK = new Set(['，', '；', '：', ',', ';', ':']);
const OPENERS = new Set(['“', '「', '『', '《', '（', '(', '【', '〈', '‘']);

interface Candidate extends StudyPick {
  whole: boolean;
  length: number;
  tier: number;
  score: number;
  /** Text without spaces, to skip repeats. */
  key: string;
}

function candidate(s: StudyInput, from: number, to: number, whole: boolean, w: StudyWords): Candidate | null {
  // An excerpt starts at a word or an opening bracket, never at leftover punctuation.
  while (!whole && from < to && s.tokens[from]!.kind === 'punct' && !OPENERS.has(s.tokens[from]!.text)) from++;
  if (from >= to) return null;
  const tokens = whole ? s.tokens : s.tokens.slice(from, to);
  const start = whole ? 0 : tokens[0]!.start;
  const end = whole ? s.text.length : tokens.at(-1)!.end;
  const text = s.text.slice(start, end);
  const length = visibleLength(text);
  if (length < STUDY_LENGTH.min || length > (whole ? STUDY_LENGTH.max : STUDY_LENGTH.preferred)) return null;
  const found = new Set<string>();
  for (const t of tokens) {
    const key = t.kind === 'word' ? w.hardKey(t.text, s.hard) : null;
    if (key !== null) found.add(key);
  }
  if (found.size < 1 || found.size > 3 || (found.size === 3 && length > STUDY_LENGTH.preferred)) return null;
  const targets = [...found].sort((x, y) => w.usefulness(y) - w.usefulness(x));
  if (clauseProblem(text, tokens, w.isPredicate) !== null) return null;
  if (!whole && to < s.tokens.length && leadInProblem(tokens, w.isPredicate) !== null) return null;
  const long = length > STUDY_LENGTH.preferred;
  // One new word: whole sentence, excerpt, long sentence; then the same with two, then three.
  const tier = (targets.length - 1) * 3 + (whole ? (long ? 2 : 0) : 1);
  const score = Math.max(...targets.map(w.usefulness));
  return { index: s.index, targets, whole, length, tier, score, key: text.replace(/\s+/g, ''), ...(whole ? {} : { start, end }) };
}

/** Excerpts of one sentence: runs of consecutive clauses, the longest for each set of targets. */
function excerpts(s: StudyInput, w: StudyWords): Candidate[] {
  const tokens = s.tokens;
  const clauses: Array<[number, number]> = [];
  let from = 0;
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.kind !== 'punct') return;
    for (const ch of t.text) depth += OPENERS.has(ch) ? 1 : '”」』》）)】〉’'.includes(ch) ? -1 : 0;
    if (depth <= 0 && CLAUSE_BREAK.has(t.text)) {
      clauses.push([from, i]);
      from = i + 1;
    }
  });
  if (from < tokens.length) clauses.push([from, tokens.length]);
  if (clauses.length < 2) return [];
  const best = new Map<string, Candidate>();
  for (let i = 0; i < clauses.length; i++) {
    for (let j = i; j < clauses.length && !(i === 0 && j === clauses.length - 1); j++) {
      const c = candidate(s, clauses[i]![0], clauses[j]![1], false, w);
      if (!c) continue;
      const id = [...c.targets].sort().join('|');
      const old = best.get(id);
      if (!old || c.length > old.length) best.set(id, c);
    }
  }
  return [...best.values()];
}

export function pickStudySentences(inputs: readonly StudyInput[], w: StudyWords): StudyPick[] {
  const all: Candidate[] = [];
  const best = new Set<string>();
  const rest: StudyInput[] = [];
  for (const s of inputs) {
    if (!s.body || s.hard.size === 0) continue;
    const whole = s.hard.size <= 3 ? candidate(s, 0, s.tokens.length, true, w) : null;
    if (whole) all.push(whole);
    if (whole?.tier === 0) best.add(whole.key);
    else rest.push(s);
  }
  // Excerpts only fill the list up to STUDY_FILL, after every best whole sentence.
  if (best.size < STUDY_FILL) for (const s of rest) all.push(...excerpts(s, w));
  all.sort((a, b) => a.tier - b.tier || b.score - a.score || a.length - b.length || a.index - b.index || (a.start ?? 0) - (b.start ?? 0));
  const seen = new Set<string>();
  const taken = new Map<number, Array<[number, number]>>();
  const picked: StudyPick[] = [];
  for (const c of all) {
    if (!c.whole && picked.length >= STUDY_FILL) continue;
    // Dense text: a short clause with three new words beats no study sentence, up to STUDY_MIN.
    if (c.targets.length === 3 && picked.length >= STUDY_MIN) continue;
    const span: [number, number] = [c.start ?? 0, c.end ?? Infinity];
    const spans = taken.get(c.index) ?? [];
    if (seen.has(c.key) || spans.some(([a, b]) => span[0] < b && a < span[1])) continue;
    seen.add(c.key);
    taken.set(c.index, [...spans, span]);
    picked.push(c.whole ? { index: c.index, targets: c.targets } : { index: c.index, targets: c.targets, start: c.start!, end: c.end! });
  }
  return picked;
}
