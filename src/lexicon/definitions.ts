/** Learner-facing definitions: the CC-CEDICT entry for the reading in context, cleaned and merged. */
import { readingKey, tonelessKey } from './reading.js';
import { firstSenseOverride } from './sense-overrides.js';
import { MARGINAL_RANK, senseRank } from './sense-rank.js';
import { classifiersIn, renderSense, senseKind, senseReference } from './senses.js';
import type { LexEntry, Lexicon } from './types.js';

/** What the text says about the word beyond its reading. */
export interface WordContext {
  /** The article is written in traditional characters. */
  traditionalText?: boolean;
}

export interface Definition {
  simplified: string;
  traditional: string;
  /** The chosen CC-CEDICT reading, numbered (`zai4 ti3`, `Zhong1 guo2`). */
  pinyinNumbered: string;
  /** Cleaned senses, most useful first; never empty. */
  definitions: string[];
  /** Measure words with tone-marked pinyin, e.g. `个 (gè), 位 (wèi)`; '' when none. */
  classifier: string;
  /** The CC-CEDICT entries merged into this definition, in the order used. */
  entries: LexEntry[];
}

const MAX_SENSES = 4;

/** Entries of one headword with one reading (case-insensitive: CEDICT splits Chen2/chen2). */
interface Group {
  simplified: string;
  key: string;
  entries: LexEntry[];
  /** Position of its first entry in the lookup, as a last tie-break. */
  order: number;
  hasReal: boolean;
  /** Lowest rank of its real senses (MARGINAL_RANK when all are literary, onomatopoeia…). */
  best: number;
  frequency: number;
}

const isCapitalised = (e: LexEntry) => /^[A-Z]/.test(e.pinyin);
/** Per decoded entry: has a real sense, and the rank of its most ordinary one (sense-rank.ts). */
const entryFacts = new WeakMap<LexEntry, { real: boolean; best: number }>();
function factsOf(e: LexEntry): { real: boolean; best: number } {
  let f = entryFacts.get(e);
  if (!f) {
    f = { real: false, best: MARGINAL_RANK };
    for (const s of e.senses) {
      if (senseKind(s) !== 'real') continue;
      f.real = true;
      if (f.best > 0) f.best = Math.min(f.best, senseRank(s));
    }
    entryFacts.set(e, f);
  }
  return f;
}
const hasRealSense = (e: LexEntry) => factsOf(e).real;
const bestRank = (e: LexEntry) => factsOf(e).best;

function groupEntries(entries: LexEntry[]): Group[] {
  const groups = new Map<string, Group>();
  entries.forEach((e, order) => {
    const key = readingKey(e.pinyin);
    const id = `${e.simplified}\t${key}`;
    const group = groups.get(id) ?? { simplified: e.simplified, key, entries: [], order, hasReal: false, best: MARGINAL_RANK, frequency: 0 };
    group.entries.push(e);
    group.hasReal ||= hasRealSense(e);
    group.best = Math.min(group.best, bestRank(e));
    group.frequency = Math.max(group.frequency, e.readingFrequency ?? 0);
    groups.set(id, group);
  });
  return [...groups.values()];
}

/** Most useful first: real meanings, then the commoner reading, then common nouns, then CEDICT order. */
function byUsefulness(a: Group, b: Group): number {
  return (
    Number(b.hasReal) - Number(a.hasReal) ||
    b.frequency - a.frequency ||
    Number(a.entries.every(isCapitalised)) - Number(b.entries.every(isCapitalised)) ||
    a.order - b.order
  );
}

/** Real senses all marginal, or unheard in speech and opening with a marginal sense (抢 qiāng). */
function isWeak(g: Group): boolean {
  if (!g.hasReal) return false;
  if (g.best >= MARGINAL_RANK) return true;
  const first = g.entries.flatMap((e) => e.senses).find((s) => senseKind(s) === 'real');
  return g.frequency === 0 && first !== undefined && senseRank(first) >= MARGINAL_RANK;
}

/**
 * Groups to try, best first: exact reading, then tone-insensitive match, then everything else.
 * An exact reading whose every sense is marginal yields to a far commoner tone of the same
 * syllable: 抢 read qiāng is "(literary) to knock one's head" only, so qiǎng "to grab" is meant.
 */
function rankGroups(groups: Group[], reading: string | null): Group[] {
  const sorted = [...groups].sort(byUsefulness);
  if (reading === null) return sorted;
  const key = readingKey(reading);
  const exact = sorted.filter((g) => g.key === key);
  const toneless = sorted.filter((g) => g.key !== key && tonelessKey(g.key) === tonelessKey(key));
  const common = toneless.find((g) => g.best < MARGINAL_RANK && g.frequency >= 10 * Math.max(1, ...exact.map((e) => e.frequency)));
  const first = exact.length && exact.every(isWeak) && common ? [common] : [];
  return [...first, ...exact, ...toneless.filter((g) => !first.includes(g)), ...sorted.filter((g) => !exact.includes(g) && !toneless.includes(g))];
}

/**
 * Entries with real meanings first, then those with an ordinary (not only literary or
 * onomatopoeic) one: 當 before 噹 "(onom.) dong". Then, for traditional input, entries spelt
 * that way; lowercase entries unless the context reading is capitalised (陈 chén "to lay out"
 * before "Chen, a Zhou dynasty state"); the commoner register; lexicon order last, which puts
 * the standard converter's spelling first (see spelling.ts).
 */
function orderEntries(g: Group, word: string, reading: string | null, traditionalText: boolean): LexEntry[] {
  const wantProper = reading !== null && /^[A-Z]/.test(reading.trim());
  const mixed = g.entries.some(isCapitalised) && !g.entries.every(isCapitalised);
  // In traditional text even a word spelt like its simplified form is that spelling: 里 is the
  // unit of length there, not 裡 "inside".
  const traditionalInput = g.simplified !== word || traditionalText;
  // The converter's spelling leads the group (spelling.ts); when it is a bare pointer, its target.
  const canonical = variantTarget(g.entries[0]!, g);
  const score = (e: LexEntry) => {
    const best = bestRank(e);
    return (
      (hasRealSense(e) ? 0 : 64) +
      (best >= MARGINAL_RANK ? 32 : 0) +
      (traditionalInput && e.traditional !== word ? 16 : 0) +
      // A proper noun outranks a colloquial figure of speech: 地中海 "Mediterranean" before "(coll.) bald crown".
      (mixed && isCapitalised(e) !== wantProper ? 1.5 : 0) +
      best -
      // The spelling other entries point to: 隻 (classifier), not 秖 "grain that has begun to ripen".
      (e.traditional === canonical ? 0.25 : 0)
    );
  };
  return g.entries
    .map((e) => ({ e, score: score(e) }))
    .sort((a, b) => a.score - b.score)
    .map((x) => x.e);
}

/** The traditional form a bare `variant of 隻|只[zhi1]` entry points to, when the group has it. */
function variantTarget(e: LexEntry, g: Group): string | null {
  if (hasRealSense(e)) return null;
  for (const s of e.senses) {
    const ref = senseReference(s);
    if (ref?.kind === 'variant' && ref.word === g.simplified && ref.traditional !== e.traditional && g.entries.some((x) => x.traditional === ref.traditional)) {
      return ref.traditional;
    }
  }
  return null;
}

/**
 * The traditional spelling of the group: the lead entry in lexicon order (the standard
 * converter's choice, see spelling.ts), or the form it is a variant of; the best-ranked
 * entry's when the lead is only literary. So 旗 stays 旗 (not 旂), 沈 沈, 只 zhī 隻, 干 gān 乾.
 */
function spellingOf(g: Group, ranked: LexEntry): string {
  const lead = g.entries[0]!;
  const target = variantTarget(lead, g);
  if (target) return target;
  return hasRealSense(lead) && bestRank(lead) >= MARGINAL_RANK ? ranked.traditional : lead.traditional;
}

interface Cleaned {
  senses: string[];
  classifiers: string[];
}

function cleanSenses(entries: LexEntry[], demoteProper: boolean, override: readonly string[]): Cleaned {
  const items: Array<{ raw: string; real: boolean; rank: number; at: number }> = [];
  const classifiers: string[] = [];
  for (const e of entries) {
    for (const raw of e.senses) {
      const kind = senseKind(raw);
      if (kind === 'real' || kind === 'classifier') for (const c of classifiersIn(raw)) if (!classifiers.includes(c)) classifiers.push(c);
      if (kind === 'classifier') continue;
      const real = kind === 'real';
      const own = real ? senseRank(raw) : 0;
      const curated = override.findIndex((start) => raw.startsWith(start));
      const rank = curated >= 0 ? curated - override.length : demoteProper && isCapitalised(e) ? Math.max(1.5, own) : own;
      items.push({ raw, real, rank, at: items.length });
    }
  }
  const real = items.filter((i) => i.real);
  // CC-CEDICT's first sense stays first unless colloquial or marginal (a bound form is still the
  // core meaning of a character: 行 háng "row"); the rest in order of rank (sense-rank.ts).
  if (real[0] && real[0].rank < 2 && real[0].rank >= 0) real[0].rank = 0;
  const chosen = real.length ? real.sort((a, b) => a.rank - b.rank || a.at - b.at) : items;
  const senses: string[] = [];
  const seen = new Set<string>();
  for (const item of chosen) {
    if (senses.length === MAX_SENSES) break;
    const text = renderSense(item.raw);
    if (text && !seen.has(text.toLowerCase())) senses.push(text), seen.add(text.toLowerCase());
  }
  return { senses, classifiers };
}

/**
 * A group with only housekeeping senses (`variant of 為|为[wei2]`, `see 一命嗚呼|…`) borrows
 * the meanings of what it points to, after the pointer itself. One step only.
 */
function followReference(g: Group, lx: Lexicon, depth: number): { via: string; spelling: boolean; target: Definition } | null {
  if (depth > 0) return null;
  for (const e of g.entries) {
    for (const s of e.senses) {
      const ref = senseReference(s);
      if (!ref || ref.kind === 'usedIn') continue;
      // 爲 is "variant of 為|为[wei2]": the same simplified form, so follow the traditional one.
      const word = ref.word !== g.simplified ? ref.word : ref.traditional;
      const target = word !== e.traditional ? define(word, ref.pinyin, lx, depth + 1) : null;
      if (target) return { via: renderSense(s), spelling: ref.kind === 'variant', target };
    }
  }
  return null;
}

function define(word: string, reading: string | null, lx: Lexicon, depth: number, context: WordContext = {}): Definition | null {
  for (const g of rankGroups(groupEntries(lx.lookup(word)), reading)) {
    const entries = orderEntries(g, word, reading, context.traditionalText === true);
    const first = entries[0]!;
    const demoteProper = !isCapitalised(first) && entries.some(isCapitalised);
    const { senses, classifiers } = cleanSenses(entries, demoteProper, firstSenseOverride(g.simplified, g.key));
    let definitions = senses;
    let classifier = classifiers;
    const followed = g.hasReal ? null : followReference(g, lx, depth);
    // A mere spelling variant (計畫 → 计划, 爲 → 为) is learnt as the word it spells.
    if (followed?.spelling) {
      const t = followed.target;
      return { ...t, traditional: g.simplified !== word ? word : t.traditional, entries: [...entries, ...t.entries] };
    }
    if (followed) {
      definitions = [followed.via, ...followed.target.definitions];
      if (!classifier.length && followed.target.classifier) classifier = [followed.target.classifier];
    }
    if (!definitions.length) continue;
    return {
      simplified: g.simplified,
      traditional: g.simplified !== word || context.traditionalText ? word : spellingOf(g, first),
      pinyinNumbered: first.pinyin,
      definitions: definitions.slice(0, MAX_SENSES),
      classifier: classifier.join(', '),
      entries,
    };
  }
  return null;
}

/**
 * The definition of `word` (simplified or traditional) as read in context: `reading` is
 * its numbered pinyin there (any case; null when unknown). Null when CC-CEDICT has nothing usable.
 */
export function defineWord(word: string, reading: string | null, lx: Lexicon, context: WordContext = {}): Definition | null {
  return define(word, reading, lx, 0, context);
}
