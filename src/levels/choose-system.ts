/**
 * `--levels hsk2|hsk3|freq|FILE`: the level system a name or a file stands for. Lists load
 * only here, when a run asks for them, so the default HSK 2.0 run reads nothing extra.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { InputError } from '../domain/errors.js';
import type { Lexicon } from '../lexicon/types.js';
import { readHsk30 } from './hsk30.js';
import { parseLevelList } from './level-file.js';
import type { LevelScale } from './scale.js';
import { FREQ_SYSTEM, HSK2_SYSTEM, calibrateFromHsk2, countLevels, listScale, listSystem, type LevelSystem } from './systems.js';

export const BUILT_IN_SYSTEMS = ['hsk2', 'hsk3', 'freq'] as const;

/** HSK 3.0 as a learner's scale: levels 1–6 and the 7–9 band as level 7; labels say "HSK3". */
export const HSK3_SCALE: LevelScale = {
  id: 'hsk3',
  title: 'HSK 3.0',
  prefix: 'HSK3',
  tag: 'hsk3',
  names: ['HSK3 1', 'HSK3 2', 'HSK3 3', 'HSK3 4', 'HSK3 5', 'HSK3 6', 'HSK3 7–9'],
};

/** The simplified forms a list's word stands for: itself, and what it is the traditional spelling of. */
function simplifiedForms(form: string, lx: Lexicon): string[] {
  const entries = lx.lookup(form);
  if (entries.length === 0 || entries.some((e) => e.simplified === form)) return [form];
  return [...new Set(entries.filter((e) => e.traditional === form).map((e) => e.simplified))];
}

/**
 * HSK 2.0 level → HSK 3.0 level for words HSK 3.0 lacks: calibrateFromHsk2 on the shipped
 * list (a test recomputes it), kept as a constant so choosing HSK 3.0 reads no file.
 */
export const HSK3_FROM_HSK2: readonly number[] = [0, 1, 1, 2, 3, 4, 7, 8];

/** The words-per-level pairs of the shipped list against HSK 2.0, for calibration. */
export function hsk30Pairs(lx: Lexicon, root: string): Array<readonly [number, number]> {
  return [...readHsk30(root)].flatMap(([w, l]) => (lx.hskLevel(w) ? [[lx.hskLevel(w)!, l] as const] : []));
}

function hsk3System(lx: Lexicon, root: string): LevelSystem {
  const description = 'HSK 3.0 (2021) levels 1–6 and 7–9 as one band (learner level 1–7); unlisted words estimated';
  return listSystem(HSK3_SCALE, description, (w) => lx.hsk3Level(w), HSK3_FROM_HSK2, () => countLevels(readHsk30(root).values(), 7));
}

/** A learner's list file; an unreadable or level-less file is an InputError. */
export function fileSystem(path: string, lx: Lexicon): LevelSystem {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read level list ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message}`);
  }
  let parsed;
  try {
    parsed = parseLevelList(text);
  } catch (e) {
    throw new InputError(`level list ${path}: ${(e as Error).message}`);
  }
  const levels = new Map<string, number>();
  for (const [form, level] of parsed.levels) for (const s of simplifiedForms(form, lx)) if (!(levels.get(s)! <= level)) levels.set(s, level);
  const top = Math.max(...levels.values());
  const name = basename(path, extname(path));
  const scale = listScale(`file:${resolve(path)}`, name, top, parsed.cells);
  const fromHsk2 = calibrateFromHsk2([...levels].flatMap(([w, l]) => (lx.hskLevel(w) ? [[lx.hskLevel(w)!, l] as const] : [])), scale);
  const description = `word list ${path} (${levels.size} words, levels 1–${top}); unlisted words estimated`;
  return listSystem(scale, description, (w) => levels.get(w) ?? null, fromHsk2, () => countLevels(levels.values(), top));
}

/** `spec`: a built-in name, or a file path (saved in settings as an absolute path). */
export function chooseLevelSystem(spec: string, lx: Lexicon, root: string): LevelSystem {
  if (spec === 'hsk2') return HSK2_SYSTEM;
  if (spec === 'freq') return FREQ_SYSTEM;
  if (spec === 'hsk3') return hsk3System(lx, root);
  return fileSystem(spec.replace(/^file:/, ''), lx);
}
