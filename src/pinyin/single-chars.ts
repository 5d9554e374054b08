/**
 * A polyphonic one-character unit that no context rule settles. pinyin-pro's reading is kept
 * when it came from a word inside our token; three cases override it: a modal particle ending a
 * clause (好啦！ la), a reading pinyin-pro took from a word across our token boundary (生命|中 is
 * not 命中 mìng zhòng), and a character split off a compound when pinyin-pro only gave its
 * standalone default (成交|量, 销售|量: the suffix reading liàng, as in 流量).
 */
import type { Lexicon } from '../lexicon/index.js';
import type { Around, Neighbour } from './context-rules.js';
import { familyReading, standaloneReading, type FamilyPosition } from './families.js';
import { lexiconMemo } from './memo.js';
import type { Unit } from './words.js';

const isHan = (n?: Neighbour) => !!n && n.kind !== 'punct' && /\p{Script=Han}/u.test(n.text);
/** Pronouns and adverbs before a character make it a free word (我们量一下), not a suffix. */
const FREE_BEFORE = new Set('我们 你们 他们 她们 大家 自己 已经 正在 重新 一起 必须 应该 可以 需要 开始 继续 不断 仔细 认真 好好'.split(' '));
/** Aspect particles and complements after it make it a verb (量了, 调好), not a suffix. */
const VERB_AFTER = new Set('了 着 过 一下 一 好 完 出 到 得 成 起来 上 下'.split(' '));

export function singleCharReading(u: Unit, contextual: string | undefined, around: Around, candidates: string[], lx: Lexicon): string | undefined {
  const { prev, next } = around;
  // 镝 dī "dysprosium", 钌 liǎo "ruthenium": a chemical element's name reads as the element
  const { element } = facts(u.text, lx);
  if (element) return element;
  if (isHan(prev) && prev!.text !== u.text && (!next || next.kind === 'punct')) {
    const { particle, spoken } = facts(u.text, lx);
    // a particle people say (啦, kHanyuPinlu counts it) ends 别哭啦; a rare one may spell a name
    if (particle && (spoken || !inCharRun(around))) return particle;
  }
  const standalone = standaloneReading(u.text).toLowerCase();
  const guessed = contextual?.toLowerCase();
  if (guessed && guessed !== standalone) {
    return acrossBoundary(u.text, guessed, prev, next, lx) ? frequent(u.text, candidates, standalone, lx) : undefined;
  }
  const position = splitPosition(u);
  if (position) return familyReading(u.text, position);
  // 成交 量, 销售 量: after a content word, a character whose suffix reading is also its most
  // frequent one (kHanyuPinlu) takes it.
  if (prev?.kind !== 'word' || Array.from(prev.text).length < 2 || !isHan(prev) || FREE_BEFORE.has(prev.text)) return undefined;
  if (next && VERB_AFTER.has(next.text)) return undefined;
  const suffix = familyReading(u.text, 'end');
  // neutral suffixes (子 zi, 儿 r) belong to listed words; after an unlisted one the character is full
  if (!suffix || suffix.endsWith('5')) return undefined;
  return suffix === frequent(u.text, candidates, '', lx) ? suffix : undefined;
}

/** A clause-final modal particle (啦 la, 哟 yo, 呗 bei), not one standing in for another (罢, 哪). */
const MODAL = /(modal|final) particle/i;
const ALIAS = /same as|instead of/i;
/** CC-CEDICT glosses an element as `dysprosium (chemistry)`. */
const ELEMENT = /^[a-z]+(ium|um|gen|ine|on|ur|us|ic|ead|ron|ver|old|per|in|ic|nc|lt|el)? \(chemistry\)$/;

/** Two single characters before it: a transliteration spelled out (加尼耶), not a sentence. */
function inCharRun({ prev, earlier }: Around): boolean {
  if (!prev || Array.from(prev.text).length !== 1) return false;
  const before = earlier?.() ?? [];
  const second = before[before.length - 2];
  return !!second && second.kind !== 'punct' && Array.from(second.text).length === 1;
}

/** Where a unit sits in the segment it was split from, or undefined for a whole segment. */
function splitPosition(u: Unit): FamilyPosition | undefined {
  const first = u.start === u.segmentStart;
  const last = u.end === u.segmentEnd;
  if (first && last) return undefined;
  return first ? 'start' : last ? 'end' : 'any';
}

/** True when `reading` is the one `char` has in a word made with a longer neighbour's edge. */
function acrossBoundary(char: string, reading: string, prev: Neighbour | undefined, next: Neighbour | undefined, lx: Lexicon): boolean {
  // only a longer neighbour is evidence: the segmenter chose it (生命) over pinyin-pro's word (命中)
  const longer = (n?: Neighbour) => isHan(n) && Array.from(n!.text).length > 1;
  const before = longer(prev) ? Array.from(prev!.text).pop()! + char : '';
  const after = longer(next) ? char + Array.from(next!.text)[0]! : '';
  const has = (word: string, at: number) =>
    word !== '' && lx.lookup(word).some((e) => e.pinyin.toLowerCase().split(' ')[at] === reading);
  return has(before, 1) || has(after, 0);
}

/** The most frequent reading (kHanyuPinlu) when the lexicon knows frequencies, else `fallback`. */
function frequent(char: string, candidates: string[], fallback: string, lx: Lexicon): string {
  return facts(char, lx).counted ? candidates[0]!.toLowerCase() : fallback;
}

interface CharFacts {
  /** Its clause-final modal particle reading (啦 la5), if it has one. */
  particle?: string;
  /** True when that particle reading is counted in speech (kHanyuPinlu). */
  spoken: boolean;
  /** True when kHanyuPinlu counts any of its readings. */
  counted: boolean;
  /** Its reading as the name of a chemical element (镝 dysprosium), if it is one. */
  element?: string;
}

/** Per-character facts from the lexicon, worked out once: these run for every polyphone token. */
const facts = lexiconMemo((char: string, lx: Lexicon): CharFacts => {
  const entries = lx.lookup(char);
  const p = entries.find((e) => e.pinyin.endsWith('5') && e.senses.some((s) => MODAL.test(s) && !ALIAS.test(s)));
  const el = entries.find((e) => ELEMENT.test(e.senses[0] ?? ''));
  return {
    particle: p?.pinyin.toLowerCase(),
    spoken: (p?.readingFrequency ?? 0) > 0,
    counted: entries.some((e) => (e.readingFrequency ?? 0) > 0),
    element: el?.pinyin.toLowerCase(),
  };
});
