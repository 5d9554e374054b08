/**
 * Anki text import (File → Import): tab-separated with header lines, same GUIDs as the .apkg
 * so both routes update the same notes. Anki needs the note types to exist (import one .apkg
 * first) and creates every card whose front is non-empty, whatever the `--cards` choice.
 */
import { open } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { assertNotEmpty, type WriteOptions, type WriteResult } from './apkg.js';
import { writeFileAtomic } from './atomic-write.js';
import { stripHtml } from './html.js';
import type { NoteType } from './note-types.js';
import type { DeckPlan, PlannedNote } from './plan.js';

/** Quoted CSV-style when needed (our HTML attributes contain `"`); never multi-line. */
function cell(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ');
  return /["]/.test(flat) || flat.startsWith('#') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** Cards Anki will generate for a note on text import: every template whose `req` is met. */
export function cardsOnTextImport(nt: NoteType, note: PlannedNote): number {
  const filled = note.fields.map((f) => stripHtml(f).trim() !== '');
  return nt.req.filter(([, kind, ords]) =>
    kind === 'all' ? ords.every((o) => filled[o]) : kind === 'any' ? ords.some((o) => filled[o]) : false,
  ).length;
}

export function tsvText(plan: DeckPlan, nt: NoteType, notes: readonly PlannedNote[]): string {
  const columns = [...nt.fields, 'Tags', 'GUID'];
  const header = [
    '#separator:tab',
    '#html:true',
    `#notetype:${nt.name}`,
    `#deck:${plan.deck.name}`,
    `#columns:${columns.join('\t')}`,
    `#tags column:${nt.fields.length + 1}`,
    `#guid column:${nt.fields.length + 2}`,
  ];
  const rows = notes.map((n) => [...n.fields, n.tags.join(' '), n.guid].map(cell).join('\t'));
  return `${[...header, ...rows].join('\n')}\n`;
}

export async function isZhcardsTsv(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const lines = buffer.subarray(0, bytesRead).toString('utf8').split('\n');
    return lines[0] === '#separator:tab' && lines.some((l) => /^#notetype:zhcards /.test(l));
  } finally {
    await handle.close();
  }
}

/** Word notes go to `outPath`; sentence notes (if any) to `<name>.sentences.tsv` beside it. */
export async function writeTsv(plan: DeckPlan, outPath: string, opts: WriteOptions = {}): Promise<WriteResult> {
  assertNotEmpty(plan);
  const main = resolve(outPath);
  const groups = plan.noteTypes
    .map((nt) => ({ nt, notes: plan.notes.filter((n) => n.noteTypeId === nt.id) }))
    .filter((g) => g.notes.length > 0);
  const stem = basename(main, extname(main));
  const files: string[] = [];
  let cards = 0;
  for (const [i, { nt, notes }] of groups.entries()) {
    const path = i === 0 ? main : join(dirname(main), `${stem}.${nt.name.split(' ').pop()?.toLowerCase()}s.tsv`);
    await writeFileAtomic(path, tsvText(plan, nt, notes), {
      force: opts.force,
      isOurs: isZhcardsTsv,
      kind: 'a TSV file written by zhcards',
    });
    files.push(path);
    cards += notes.reduce((sum, n) => sum + cardsOnTextImport(nt, n), 0);
  }
  return { path: main, files, notes: plan.notes.length, cards };
}
