/** The compact lexicon artefact: its shape, where it lives, and its validation. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTEFACT_VERSION = 1;

/** Entries are `[simplified, traditional, pinyin, senses joined by \x1f]`. */
export type PackedEntry = [string, string, string, string];

export interface LexiconArtefact {
  version: number;
  /** Versions of the npm packages it was built from; a change triggers a rebuild. */
  sources: Record<string, string>;
  entries: PackedEntry[];
  /** Words per HSK 2.0 level, index 0 = level 1. */
  hsk: string[][];
  /** Word lists in rank order (index 0 = rank 1). */
  bookWords: string[];
  movieWords: string[];
  surnames: string[];
  /** Combined-rank upper bounds for levels 1–6 (see levels.ts). */
  levelBoundaries: number[];
}

/** The project root: the nearest folder above this file with our package.json. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'zhcards') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('zhcards: cannot find the project root');
    dir = up;
  }
}

export function artefactPath(): string {
  return join(projectRoot(), 'build', 'lexicon.json');
}

/** Problems that make an artefact unusable; empty when it is sound. */
export function validateArtefact(a: LexiconArtefact, expectedSources?: Record<string, string>): string[] {
  const problems: string[] = [];
  if (a.version !== ARTEFACT_VERSION) problems.push(`version ${a.version}, expected ${ARTEFACT_VERSION}`);
  if (expectedSources) {
    for (const [name, v] of Object.entries(expectedSources)) {
      if (a.sources?.[name] !== v) problems.push(`${name} ${a.sources?.[name]} changed to ${v}`);
    }
  }
  if (!Array.isArray(a.entries) || a.entries.length < 100_000) problems.push(`only ${a.entries?.length} dictionary entries`);
  else if (a.entries.some((e) => e.length !== 4 || !e[0] || !e[2] || !e[3])) problems.push('malformed dictionary entry');
  const hskTotal = (a.hsk ?? []).reduce((n, l) => n + l.length, 0);
  if (a.hsk?.length !== 6 || hskTotal < 4900) problems.push(`HSK list has ${hskTotal} words in ${a.hsk?.length} levels`);
  if ((a.bookWords?.length ?? 0) < 50_000) problems.push('book frequency list too short');
  if ((a.movieWords?.length ?? 0) < 50_000) problems.push('subtitle frequency list too short');
  if ((a.surnames?.length ?? 0) < 300) problems.push('surname list too short');
  const b = a.levelBoundaries ?? [];
  if (b.length !== 6 || b.some((x, i) => !(x > 0) || (i > 0 && x <= b[i - 1]!))) problems.push('level boundaries not increasing');
  return problems;
}
