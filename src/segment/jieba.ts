/** The one nodejieba instance of the process: loaded lazily, once, without the dictionaries we never use. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as NodeJieba from 'nodejieba';
import type { Lexicon } from '../lexicon/index.js';

type Jieba = typeof NodeJieba;

let instance: Jieba | undefined;
const tags = new Map<string, string>();
/** The lexicon whose jieba tag table answers for words without ASCII and single characters, once a caller hands it over. */
let table: Lexicon | undefined;
/** cppjieba tags a word it does not know by its ASCII characters (`m`, `eng`), else `x`. */
const ASCII = /[\x00-\x7f]/;

/**
 * nodejieba's `load` always reads a keyword-extraction IDF table (6 MB) and a stop-word list, and
 * its default user dictionary adds stray entries (韩玉鉴赏). We cut and tag only, so we hand it
 * one-line stand-ins; if they are missing (e.g. a build without data files) the defaults are used.
 */
function stub(name: string): string | undefined {
  // Next to this file when run from src/, in the source tree when run from the compiled dist/src/.
  for (const dir of ['./jieba-dict/', '../../../src/segment/jieba-dict/']) {
    const path = fileURLToPath(new URL(dir + name, import.meta.url));
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** Whether this thread has loaded nodejieba (a thread reading with another's cuts never should). */
export function segmenterLoaded(): boolean {
  return instance !== undefined;
}

/** Loads the segmenter now (it takes seconds) rather than at the first cut; later calls do nothing. */
export function loadSegmenter(): void {
  jieba();
}

const nodejieba = (): Jieba => createRequire(import.meta.url)('nodejieba') as Jieba;

/** The word lists jieba loads (main dictionary, then user dictionary), as the lexicon build reads them. */
export function jiebaDictionaryFiles(): string[] {
  const { DEFAULT_DICT, DEFAULT_USER_DICT } = nodejieba() as Jieba & { DEFAULT_DICT: string; DEFAULT_USER_DICT: string };
  return [DEFAULT_DICT, stub('user.utf8') ?? DEFAULT_USER_DICT];
}

function jieba(): Jieba {
  if (instance) return instance;
  const loaded = nodejieba();
  loaded.load({ idfDict: stub('idf.utf8'), stopWordDict: stub('stop-words.utf8'), userDict: stub('user.utf8') });
  instance = loaded;
  return loaded;
}

/** jieba's precise mode with HMM new-word discovery on (what `cut(text, true)` returns). */
export function jiebaCut(text: string): string[] {
  return jieba().cut(text, true);
}

/**
 * jieba's part-of-speech tag for one word. cppjieba tags each word independently of its
 * context (dictionary tag, else `x`/`m`/`eng`), so tagging the word alone gives exactly what
 * `tag(sentence)` would, at a fraction of the cost of tagging every sentence. Once
 * useJiebaTagTable has been called, a word without ASCII, or of one character, is answered from
 * the lexicon's table of the same answers and never loads jieba.
 */
export function jiebaTag(word: string): string {
  let tag = tags.get(word);
  if (tag === undefined) {
    if (table !== undefined && inTagTable(word)) tag = table.segmenterTag(word) ?? 'x';
    else {
      const result = jieba().tag(word);
      tag = result.length === 1 && result[0]!.word === word ? result[0]!.tag : 'x';
    }
    tags.set(word, tag);
  }
  return tag;
}

/** The words the lexicon's tag table answers for (jieba-tag-table.ts builds it for exactly these). */
export function inTagTable(word: string): boolean {
  return word.length === 1 || !ASCII.test(word);
}

/**
 * From now on jiebaTag answers words without ASCII, and single characters, from `lx`'s jieba tag
 * table (built from this same jieba, see lexicon/build.ts): a thread that only tags need not load
 * jieba (1.4 s, ~300 MB). Longer words with ASCII (`iPhone`, `T恤`) still ask jieba.
 */
export function useJiebaTagTable(lx: Lexicon): void {
  table = lx;
}
