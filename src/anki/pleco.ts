/** Pleco flashcard text: `简[繁]<TAB>pin1yin1<TAB>definition`, under a `//` category line (UTF-8). */
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { WordCard } from '../cards/types.js';
import { InputError } from '../domain/errors.js';
import type { WriteOptions, WriteResult } from './apkg.js';
import { writeFileAtomic } from './atomic-write.js';
import { normaliseDeckName } from './plan.js';

export interface PlecoOptions extends WriteOptions {
  /** Deck name; its `::` levels become Pleco's `/` category levels. */
  deckName: string;
}

const flat = (text: string): string => text.replace(/[\t\r\n\u0000-\u001f\u007f]+/g, ' ').trim();

export function plecoCategory(deckName: string): string {
  return normaliseDeckName(deckName)
    .split('::')
    .map((part) => flat(part).replace(/\//g, '-'))
    .join('/');
}

/** Longest definition text on a Pleco card: its list and test screens show one short line. */
export const PLECO_DEFINITION_MAX = 80;

/**
 * Numbered pinyin as Pleco writes it in its own exports: syllables run together, ü as the
 * letter itself (CC-CEDICT's `u:` and the typist's `v` are not read as ü everywhere).
 */
export function plecoPinyin(numbered: string): string {
  return numbered.replace(/u:|v/gi, (m) => (m[0] === 'U' || m[0] === 'V' ? 'Ü' : 'ü')).replace(/\s+/g, '');
}

/** Whole senses while they fit; a first sense longer than the limit is cut with "…". */
export function plecoDefinition(definitions: readonly string[], max = PLECO_DEFINITION_MAX): string {
  const senses = definitions.map(flat).filter(Boolean);
  let out = senses[0] ?? '';
  if (Array.from(out).length > max) return `${Array.from(out).slice(0, max - 1).join('').trimEnd()}…`;
  for (const sense of senses.slice(1)) {
    if (Array.from(`${out}; ${sense}`).length > max) break;
    out = `${out}; ${sense}`;
  }
  return out;
}

export function plecoLine(card: WordCard): string {
  const head = card.traditional && card.traditional !== card.simplified ? `${card.simplified}[${card.traditional}]` : card.simplified;
  return [flat(head), flat(plecoPinyin(card.pinyinNumbered || card.pinyin)), plecoDefinition(card.definitions)].join('\t');
}

export function plecoText(words: readonly WordCard[], deckName: string): { text: string; count: number } {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const w of words) {
    const line = plecoLine(w);
    const key = line.split('\t', 2).join('\t');
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(line);
  }
  return { text: `//${plecoCategory(deckName)}\n${lines.join('\n')}\n`, count: lines.length };
}

/** Our shape: a `//` category first, then only category lines and three-column card lines. */
export async function isZhcardsPleco(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const text = await handle.readFile('utf8');
    const lines = text.split('\n').filter((l) => l !== '');
    return lines[0]?.startsWith('//') === true && lines.every((l) => l.startsWith('//') || l.split('\t').length === 3);
  } finally {
    await handle.close();
  }
}

export async function writePleco(words: readonly WordCard[], outPath: string, opts: PlecoOptions): Promise<WriteResult> {
  if (words.length === 0) throw new InputError('Nothing to export: no words were selected.');
  const path = resolve(outPath);
  const { text, count } = plecoText(words, opts.deckName);
  await writeFileAtomic(path, text, { force: opts.force, isOurs: isZhcardsPleco, kind: 'a Pleco file written by zhcards' });
  return { path, files: [path], notes: count, cards: count };
}
