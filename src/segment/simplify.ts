/**
 * A character-by-character simplified copy of a sentence, same length, so offsets carry over.
 * jieba's dictionary is simplified: on traditional text it glues characters into nonsense
 * (馬/祖列島, 大陸僅, 距中/國大陸), while on the simplified copy it finds 馬祖/列島, 中國/大陸.
 */
import type { Lexicon } from '../lexicon/index.js';

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

/** Lone surrogates become U+FFFD so that jieba (which works on UTF-8) returns text we can align. */
export function toSimplifiedChars(text: string, lx: Lexicon): string {
  let table = tables.get(lx);
  if (!table) tables.set(lx, (table = new Uint16Array(0x10000)));
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
      if (to === 0) table[c] = to = simplifiedChar(text[i]!, lx).charCodeAt(0);
      if (to === c) continue;
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
