/**
 * A simplified copy of a sentence, same length, so offsets carry over to the original.
 * jieba's dictionary is simplified: on traditional text it glues characters into nonsense
 * (馬/祖列島, 大陸僅, 距中/國大陸), while on the simplified copy it finds 馬祖/列島, 中國/大陸; and
 * pinyin-pro reads the copy in context (還特地 hái, 保存著 zhe) where it reads 還, 著 alone.
 */
import type { Lexicon } from '../lexicon/index.js';
import { toSimplified } from '../script/index.js';

/** Per lexicon, for each BMP code unit: its simplified code unit, or 0 while not yet computed. */
const tables = new WeakMap<Lexicon, Uint16Array>();

/** Senses that do not make a character a living simplified word in its own right. */
const MARGINAL_SENSE = /^(\(literary\)|\(archaic\)|\(old\)|(old |archaic |Japanese )?variant of|used in )/;

function simplifiedChar(ch: string, lx: Lexicon): string {
  const entries = lx.lookup(ch);
  // 沈 is a traditional form of 沉 only as a variant; as a surname it is 沈 in both scripts.
  // Only BMP to BMP, so that offsets carry over unchanged.
  const target = entries.find(
    (e) => e.traditional === ch && e.simplified !== ch && e.simplified.length === 1 && !MARGINAL_SENSE.test(e.senses[0] ?? ''),
  );
  if (!target) return ch;
  // 著 (著名), 乾 (乾坤) are also simplified characters: keep them. 於 is too, but only as a
  // surname and a literary interjection, so it becomes 于.
  const ownUse = entries.some(
    (e) => e.simplified === ch && !/^[A-Z]/.test(e.pinyin) && !MARGINAL_SENSE.test(e.senses[0] ?? ''),
  );
  return ownUse ? ch : target.simplified;
}

/** Per lexicon, for each BMP code unit the table keeps: what it stands for alone (sharedTarget). */
const sharedTables = new WeakMap<Lexicon, Uint16Array>();
/** Set by each toSimplifiedChars call: true when a traditional-only character was converted. */
let tableConverted = false;

/**
 * The character-table copy. Lone surrogates become U+FFFD so that jieba (which works on UTF-8)
 * returns text we can align; a shared character such as 著 outside a word written with it
 * becomes the one it stands for (睡著了 → 睡着了), see sharedTarget.
 */
export function toSimplifiedChars(text: string, lx: Lexicon): string {
  let table = tables.get(lx);
  if (!table) tables.set(lx, (table = new Uint16Array(0x10000)));
  let shared = sharedTables.get(lx);
  if (!shared) sharedTables.set(lx, (shared = new Uint16Array(0x10000)));
  tableConverted = false;
  // Most text needs no change: build a copy only from the first character that does.
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      continue;
    }
    let to: number;
    if (c >= 0xd800 && c <= 0xdfff) {
      to = 0xfffd;
    } else {
      to = table[c]!;
      if (to === 0) {
        table[c] = to = simplifiedChar(text[i]!, lx).charCodeAt(0);
        if (to === c) shared[c] = sharedTarget(text[i]!, lx);
      }
      if (to === c) {
        const alone = shared[c]!;
        if (alone <= 1 || inWordWith(text, i, lx)) continue;
        to = alone;
      } else tableConverted = true;
    }
    out += text.slice(copied, i) + String.fromCharCode(to);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * The form of a word token under which the lexicon has it: the text itself, or (for a few
 * traditional variants such as 天文臺, 借鑑) its character-by-character simplified copy.
 */
export function dictionaryForm(word: string, lx: Lexicon): string {
  if (lx.has(word)) return word;
  const simp = toSimplifiedChars(word, lx);
  return simp !== word && lx.has(simp) ? simp : word;
}

/**
 * Copies by sentence: segmenting and then reading ask for the same sentence's copy, and the
 * second ask is a lookup (the string's hash is kept by the engine). Bounded by a reset.
 */
const copies = new Map<string, string>();

/**
 * The simplified copy of `text`, the same length. Text in which the character table finds no
 * traditional-only character is simplified already: its table copy is returned (OpenCC never
 * loads). Otherwise OpenCC converts it
 * with phrase context (保存著 → 保存着 but 著名 stays); if its output would move any offset, the
 * character table's copy is used instead.
 */
export function simplifiedCopy(text: string, lx: Lexicon): string {
  let copy = copies.get(text);
  if (copy === undefined) {
    copy = toSimplifiedChars(text, lx);
    if (tableConverted) {
      const converted = toSimplified(text);
      if (sameShape(text, converted)) copy = toSimplifiedChars(converted, lx);
    }
    if (copies.size > 50_000) copies.clear();
    copies.set(text, copy);
  }
  return copy;
}

/** Same length and a surrogate exactly where the original has one. */
function sameShape(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if ((a.charCodeAt(i) & 0xf800) === 0xd800 || (b.charCodeAt(i) & 0xf800) === 0xd800) {
      if ((a.charCodeAt(i) & 0xfc00) !== (b.charCodeAt(i) & 0xfc00)) return false;
    }
  }
  return true;
}

/**
 * True when the character at `i` is part of a word whose simplified form keeps it (著名, 显著,
 * 顯著 → 显著), not of one that writes the other character (睡著 → 睡着).
 */
function inWordWith(text: string, i: number, lx: Lexicon): boolean {
  const ch = text[i];
  for (const [from, to] of [[i - 1, i + 1], [i, i + 2], [i - 2, i + 1], [i, i + 3]] as const) {
    const w = from >= 0 && to <= text.length ? text.slice(from, to) : '';
    if (w.length > 1 && lx.lookup(w).some((e) => (e.simplified === w || e.traditional === w) && e.simplified[i - from] === ch)) return true;
  }
  return false;
}

/**
 * The character a shared one stands for when alone (著 → 着, 乾 → 干, 夥 → 伙), or 1 when it is
 * no such character.
 */
function sharedTarget(ch: string, lx: Lexicon): number {
  const entries = lx.lookup(ch);
  // the other character must be one people use (kHanyuPinlu counts it): 宁 → 㝉 is not
  const other = entries.find(
    (e) => e.traditional === ch && e.simplified !== ch && e.simplified.length === 1 && (e.readingFrequency ?? 0) > 0 && !MARGINAL_SENSE.test(e.senses[0] ?? ''),
  );
  const own = entries.some((e) => e.simplified === ch && !/^[A-Z]/.test(e.pinyin) && !MARGINAL_SENSE.test(e.senses[0] ?? ''));
  return other && own ? other.simplified.charCodeAt(0) : 1;
}
