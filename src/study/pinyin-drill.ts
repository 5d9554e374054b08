/**
 * The pinyin typing drill: compares a typed reading with the card's CC-CEDICT reading syllable
 * by syllable, says which syllable or which tone is wrong, and suggests an FSRS grade:
 *   every syllable and tone right → good;
 *   only tones wrong (each syllable spelled right), or only the erhua r left out or added → hard:
 *   the word was recalled, its tones (or its Beijing colouring) not;
 *   any syllable wrong, missing or extra → again: the reading was not recalled.
 * Easy is never suggested: a typed answer does not show how effortless the recall was.
 */
import type { Tone } from '../notation/convert.js';
import type { GradeName } from './types.js';
import { normaliseBody, readTyped, type TypedSyllable } from './typed-pinyin.js';

export type SyllableVerdict = 'ok' | 'tone' | 'syllable' | 'missing';

export interface SyllableCheck {
  /** The expected syllable, numbered (`diao4`, `lü4`; `r` for erhua, which takes any tone). */
  expected: string;
  /** What the learner typed there, numbered; null when nothing lines up with it. */
  given: string | null;
  verdict: SyllableVerdict;
}

export interface DrillResult {
  correct: boolean;
  syllables: SyllableCheck[];
  /** Typed syllables that match nothing in the reading. */
  extra: string[];
  suggestedGrade: GradeName;
}

interface Expected {
  body: string;
  /** null: any tone (erhua r, a Latin letter such as the T of T恤). */
  tone: Tone | null;
}

const NUMBERED_RE = /^([A-Za-zÜü][A-Za-zÜü:]*?)([0-5])?$/;

/** CC-CEDICT reading → syllables; punctuation such as `·` and `,` is not part of the answer. */
function expectedOf(reading: string): Expected[] {
  const out: Expected[] = [];
  for (const tok of reading.trim().split(/\s+/)) {
    const m = NUMBERED_RE.exec(tok);
    if (!m) continue;
    const body = normaliseBody(m[1]!);
    const erhua = body === 'r' && out.length > 0;
    const digit = m[2] === undefined ? null : m[2] === '0' ? 5 : (Number(m[2]) as Tone);
    out.push({ body, tone: erhua || digit === null ? null : digit });
  }
  return out;
}

const show = (s: TypedSyllable | Expected) => (s.tone === null || s.body === 'r' ? s.body : `${s.body}${s.tone}`);
/** Where any tone is right (erhua, Latin letters), what was typed is shown without one too. */
const showGiven = (g: TypedSyllable, e: Expected) => (e.tone === null && g.body === e.body ? g.body : show(g));

type Step = { e: Expected | null; g: TypedSyllable | null };

/** Edit-distance alignment on syllable bodies, so one missing syllable does not shift the rest. */
function align(exp: readonly Expected[], got: readonly TypedSyllable[]): Step[] {
  const n = exp.length;
  const m = got.length;
  const d = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = d[i - 1]![j - 1]! + (exp[i - 1]!.body === got[j - 1]!.body ? 0 : 1);
      d[i]![j] = Math.min(sub, d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i]![j]!;
    if (i > 0 && j > 0 && here === d[i - 1]![j - 1]! + (exp[i - 1]!.body === got[j - 1]!.body ? 0 : 1)) {
      steps.push({ e: exp[--i]!, g: got[--j]! });
    } else if (i > 0 && here === d[i - 1]![j]! + 1) steps.push({ e: exp[--i]!, g: null });
    else steps.push({ e: null, g: got[--j]! });
  }
  return steps.reverse();
}

export function checkPinyin(input: string, expectedReading: string): DrillResult {
  const exp = expectedOf(expectedReading);
  const got = readTyped(input, exp.map((e) => e.body));
  const syllables: SyllableCheck[] = [];
  const extra: string[] = [];
  for (const { e, g } of align(exp, got)) {
    if (!e) {
      extra.push(show(g!));
      continue;
    }
    const verdict: SyllableVerdict = !g
      ? 'missing'
      : g.body !== e.body
        ? 'syllable'
        : e.tone === null || e.tone === g.tone
          ? 'ok'
          : 'tone';
    syllables.push({ expected: show(e), given: g ? showGiven(g, e) : null, verdict });
  }
  const erhuaOnly = (s: SyllableCheck) => s.verdict === 'missing' && s.expected === 'r';
  const wrongSyllable =
    extra.some((x) => x !== 'r') || syllables.some((s) => s.verdict === 'syllable' || (s.verdict === 'missing' && !erhuaOnly(s)));
  const wrongTone = extra.length > 0 || syllables.some((s) => s.verdict === 'tone' || erhuaOnly(s));
  return {
    correct: !wrongSyllable && !wrongTone,
    syllables,
    extra,
    suggestedGrade: wrongSyllable ? 'again' : wrongTone ? 'hard' : 'good',
  };
}
