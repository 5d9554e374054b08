/**
 * jieba's tag of every word of the dictionaries it loads, as jiebaTag answers it: the lexicon
 * build stores them so that threads that only tag need not load jieba.
 */
import { readFileSync } from 'node:fs';
import { inTagTable, jiebaDictionaryFiles, jiebaTag, loadSegmenter } from './jieba.js';

/** Each dictionary line is `word freq tag` (the user dictionary may leave out freq and tag). */
export function jiebaDictionaryWords(): Set<string> {
  const words = new Set<string>();
  for (const file of jiebaDictionaryFiles()) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const word = line.trim().split(/\s+/)[0];
      if (word) words.add(word);
    }
  }
  return words;
}

/**
 * The tag of each dictionary word without ASCII, and of each single ASCII character, whose tag is
 * not `x`. A word jieba does not know, and a rare one it cuts into pieces, is tagged `x`, so
 * leaving them out keeps the table exact. (This jieba reads the ASCII of longer words only, so
 * single ASCII characters are all `x` today; they are asked anyway, so the table stays right.)
 * Longer words with ASCII are never looked up in the table (see jiebaTag).
 */
export function jiebaTagTable(): Map<string, string> {
  loadSegmenter();
  const table = new Map<string, string>();
  const singles = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));
  for (const word of [...singles, ...jiebaDictionaryWords()]) {
    if (!inTagTable(word)) continue;
    const tag = jiebaTag(word);
    if (tag !== 'x') table.set(word, tag);
  }
  return table;
}
