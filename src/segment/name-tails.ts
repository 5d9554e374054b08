/**
 * The rest of a foreign name jieba cut off: 阿基|琉斯之踵 leaves the name 阿基 and the loose
 * characters 琉 and 斯, which would otherwise be a fragment and a word to learn (斯 "this").
 * The loose characters touching a name that reads as a transliteration belong to it when they
 * read as one too; a free word (之, 的, 说) ends the name.
 */
import type { Segment } from '../domain/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { jiebaTag } from './jieba.js';
import { FUNCTION_TAGS, STOP_CHARS } from './lists.js';
import { CHAR_MIN, RUN_MEAN, transliterationScore } from './transliteration.js';

const HAN = /^\p{Script=Han}$/u;

/**
 * A one-character fragment or word that is no word of its own here. Only HSK's single characters
 * and function words count as free: a rank in film subtitles does not, since subtitles cut
 * foreign names into their syllables (斯 ranks 620 there).
 */
function loose(t: Segment | undefined, simp: string, lx: Lexicon): boolean {
  if (!t || t.end - t.start !== 1 || (t.kind !== 'fragment' && t.kind !== 'word')) return false;
  const s = simp[t.start]!;
  return HAN.test(s) && !STOP_CHARS.has(s) && lx.hskLevel(s) === null && !FUNCTION_TAGS.has(jiebaTag(s));
}

/** A name of two or more characters spelled like a foreign one (阿基, 比利), not 珠江 or 新界. */
function foreignName(t: Segment, simp: string): boolean {
  const chars = [...simp.slice(t.start, t.end)].filter((c) => HAN.test(c));
  const scores = chars.map(transliterationScore);
  return chars.length >= 2 && scores.every((v) => v >= CHAR_MIN) && scores.reduce((a, b) => a + b, 0) / chars.length >= RUN_MEAN;
}

/**
 * Whether the loose characters `chars`, from the name outwards, read as more of it: each is
 * name-like, save one the model cannot judge (CC-CEDICT spells too few names with 琉) inside
 * the run, and the outermost is name-like, so the name does not end on a bound piece (伯|明罕).
 */
function tail(chars: string[]): boolean {
  const weak = chars.filter((c) => transliterationScore(c) < CHAR_MIN).length;
  return chars.length > 0 && weak <= (chars.length >= 2 ? 1 : 0) && transliterationScore(chars.at(-1)!) >= CHAR_MIN;
}

/**
 * Joins to each foreign name the whole run of loose characters touching it on either side,
 * when the run reads as part of the name. Runs are taken whole or not at all: a run that goes
 * on past a name-like character is another word jieba did not know (英格兰|伯明罕).
 */
export function joinNameTails(tokens: Segment[], text: string, simp: string, lx: Lexicon): Segment[] {
  const out = tokens.slice();
  for (let i = 0; i < out.length; i++) {
    const name = out[i]!;
    if (name.kind !== 'name' || !foreignName(name, simp)) continue;
    let first = i;
    while (loose(out[first - 1], simp, lx) && out[first - 1]!.end === out[first]!.start) first--;
    let last = i;
    while (loose(out[last + 1], simp, lx) && out[last + 1]!.start === out[last]!.end) last++;
    const before = out.slice(first, i).map((t) => simp[t.start]!).reverse();
    const after = out.slice(i + 1, last + 1).map((t) => simp[t.start]!);
    const from = tail(before) ? first : i;
    const to = tail(after) ? last : i;
    if (from === i && to === i) continue;
    const start = out[from]!.start;
    const end = out[to]!.end;
    out.splice(from, to - from + 1, { text: text.slice(start, end), start, end, kind: 'name' });
    i = from;
  }
  return out;
}
