/**
 * A character-by-character simplified copy of a sentence, same length, so offsets carry over.
 * jieba's dictionary is simplified: on traditional text it glues characters into nonsense
 * (馬/祖列島, 大陸僅, 距中/國大陸), while on the simplified copy it finds 馬祖/列島, 中國/大陸.
 */
import type { Lexicon } from '../lexicon/index.js';

const maps = new WeakMap<Lexicon, Map<string, string>>();

/** Senses that do not make a character a living simplified word in its own right. */
const MARGINAL_SENSE = /^(\(literary\)|\(archaic\)|\(old\)|(old |archaic |Japanese )?variant of|used in )/;

function simplifiedChar(ch: string, lx: Lexicon): string {
  const entries = lx.lookup(ch);
  const target = entries.find((e) => e.traditional === ch && e.simplified !== ch && e.simplified.length === ch.length);
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
  let map = maps.get(lx);
  if (!map) maps.set(lx, (map = new Map()));
  let out = '';
  for (const ch of text) {
    if (ch.length === 1 && ch >= '\ud800' && ch <= '\udfff') {
      out += '\ufffd';
      continue;
    }
    if (ch.charCodeAt(0) < 0x3400) {
      out += ch;
      continue;
    }
    let simp = map.get(ch);
    if (simp === undefined) map.set(ch, (simp = simplifiedChar(ch, lx)));
    out += simp;
  }
  return out;
}
