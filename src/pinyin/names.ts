/** Readings of names: CC-CEDICT's proper-noun reading, else pinyin-pro with surname readings. */
import type { Lexicon } from '../lexicon/index.js';
import { closestReading, dictionaryReadings } from './choose.js';
import { contextReadings, contextSyllables, type SentenceReadings } from './context.js';
import { lexiconMemo } from './memo.js';

/**
 * A name CC-CEDICT knows takes its proper-noun reading (重庆 Chóng qìng), the one nearest the
 * context when there are several (隗 Kuí / Wěi). Otherwise a person's name is read with
 * pinyin-pro's surname readings (单田芳 Shàn Tián fāng, 曾 Zēng) and anything else in context.
 * `ctx` gives pinyin-pro's readings of the sentence, worked out on first call.
 */
export function nameReading(sentence: string, start: number, end: number, ctx: () => SentenceReadings, lx: Lexicon): string {
  const name = sentence.slice(start, end);
  const facts = nameFacts(name, lx);
  return facts.person ?? readName(name, facts, contextSyllables(sentence, ctx(), start, end));
}

interface NameFacts {
  surnameLength: number;
  /** The dictionary readings it may take: proper-noun ones if it has any. */
  choices: string[];
  /** A person's name is read on its own, so its reading is the same in every sentence. */
  person?: string;
}

/** Names recur through a long text (a novel's characters); each is looked at once. */
const nameFacts = lexiconMemo((name: string, lx: Lexicon): NameFacts => {
  const surnameLength = personSurnameLength(name, lx);
  const all = dictionaryReadings(name, lx, 'all');
  const proper = all.filter((r) => /^[A-Z]/.test(r));
  const facts: NameFacts = { surnameLength, choices: proper.length ? proper : all };
  if (surnameLength > 0) facts.person = readName(name, facts, contextSyllables(name, contextReadings(name, true), 0, name.length));
  return facts;
});

function readName(name: string, { surnameLength, choices }: NameFacts, context: string[]): string {
  const fromDictionary = closestReading(choices, context);
  if (fromDictionary) return capitalise(fromDictionary, [0]);
  if (!context.some((s) => /\d$/.test(s))) return '';
  const chars = Array.from(name);
  // a foreign name spells sounds: 什 shí, 塞 sài (小布什, 何塞), not 什么's shén or 塞进's sāi
  const spelled = surnameLength === 0 && chars.length === context.length ? context.map((c, i) => SPELLING[chars[i]!] ?? c) : context;
  return capitalise(spelled.join(' '), surnameLength > 0 ? [0, surnameLength] : [0]);
}

/** Readings of characters in names pinyin-pro reads with their common-word sound. */
const SPELLING: Record<string, string> = { 什: 'shi2', 塞: 'sai4', 肖: 'xiao1' };

/**
 * Characters of foreign names (盖斯勒, 缪拉) that Chinese given names hardly use: a name with one
 * of them is a transliteration, whose first character is no surname (盖 gài, not Gě).
 */
const TRANSLITERATION = new Set(Array.from('斯尔克勒特夫姆茨奥乌普罗顿伊埃拉瓦兹塔'));

/**
 * How many characters of a name are a surname (0 when it does not look like a person's name).
 * 解放路 starts with the surname 解 but also with the word 解放, so it is read as a place, not as
 * Xiè fàng lù.
 */
function personSurnameLength(name: string, lx: Lexicon): number {
  const chars = Array.from(name);
  if (chars.some((c) => TRANSLITERATION.has(c))) return 0;
  if (chars.length >= 3 && lx.isSurname(chars.slice(0, 2).join(''))) return 2;
  if (chars.length > 4 || !lx.isSurname(chars[0] ?? '')) return 0;
  for (let k = 2; k < chars.length; k++) if (lx.has(chars.slice(0, k).join(''))) return 0;
  return 1;
}

/** Capitalises the syllables at `indexes` and after middle dots (proper-noun spelling: Chén Dé róng). */
function capitalise(numbered: string, indexes: number[]): string {
  const syl = numbered.split(' ');
  const up = (i: number) => {
    if (syl[i]) syl[i] = syl[i]!.charAt(0).toUpperCase() + syl[i]!.slice(1);
  };
  indexes.forEach(up);
  // transliterated names: each part after a middle dot (卡尔·马克思) is a name of its own
  syl.forEach((s, i) => /^[·•・]$/.test(s) && up(i + 1));
  return syl.join(' ');
}
