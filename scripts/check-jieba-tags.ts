/**
 * `tsx scripts/check-jieba-tags.ts [WORDS.jsonl|TEXT…]`: the lexicon's jieba tag table against
 * real nodejieba, for every jieba dictionary word, every word in the given JSON-lines files (one
 * JSON string a line, e.g. the words jiebaTag was asked during a run), and every substring of up
 * to four characters of the given text files (longer words with ASCII are left out: jiebaTag never
 * looks them up in the table). Exits non-zero on any mismatch.
 */
import { readFileSync } from 'node:fs';
import { readLexicon } from '../src/lexicon/index.js';
import { jiebaDictionaryWords } from '../src/segment/jieba-tag-table.js';
import { jiebaTag } from '../src/segment/index.js';

const lx = readLexicon(undefined, { rebuild: false });
const singles = new Set(Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code)));
const groups = new Map<string, Set<string>>([['jieba dictionary', jiebaDictionaryWords()], ['single ASCII characters', singles]]);
for (const file of process.argv.slice(2)) {
  const words = new Set<string>();
  const body = readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl')) for (const line of body.split('\n')) line && words.add(JSON.parse(line) as string);
  else for (let i = 0; i < body.length; i++) for (let n = 1; n <= 4 && i + n <= body.length; n++) words.add(body.slice(i, i + n));
  groups.set(file, words);
}
let failed = false;
for (const [name, words] of groups) {
  let checked = 0;
  let ascii = 0;
  const wrong: string[] = [];
  for (const word of words) {
    // useJiebaTagTable is never called here: jiebaTag asks nodejieba itself.
    if (word.length > 1 && /[\x00-\x7f]/.test(word)) ascii++;
    else if ((checked++, (lx.segmenterTag(word) ?? 'x') !== jiebaTag(word))) wrong.push(`${word} table ${lx.segmenterTag(word)} jieba ${jiebaTag(word)}`);
  }
  failed ||= wrong.length > 0;
  console.log(`${name}: ${checked} words checked, ${wrong.length} mismatches (${ascii} longer words with ASCII skipped: jieba answers them)`);
  for (const w of wrong.slice(0, 20)) console.log(`  ${w}`);
}
process.exit(failed ? 1 : 0);
