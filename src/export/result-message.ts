/** What `zhcards export` prints after writing: the file, the counts, how to import it. */
import { relative } from 'node:path';
import type { ExportResult } from './run-export.js';
import { plural } from '../text/plural.js';

const IMPORT_HINTS = {
  apkg: 'Import it in Anki with File → Import…; exporting again updates these notes instead of duplicating them.',
  tsv: 'Import it in Anki with File → Import… (import a zhcards .apkg once first so the note types exist).',
  pleco: 'Import it in Pleco: Flashcards → Import Cards, text file.',
} as const;

export function formatExportResult(result: ExportResult, cwd: string): string {
  // Paths inside the working folder are shown relative to it, others in full.
  const shown = result.files.map((f) => (relative(cwd, f).startsWith('..') ? f : relative(cwd, f))).join(', ');
  const lines = [`Wrote ${shown}: ${plural(result.notes, 'note')}, ${plural(result.cards, 'card')} (deck ${result.deckName}).`];
  if (result.counts) {
    const { new: added, changed, unchanged } = result.counts;
    lines.push(`${added} new, ${changed} changed, ${unchanged} unchanged (Anki keeps your edits to unchanged notes).`);
  }
  lines.push(IMPORT_HINTS[result.format]);
  if (result.study) lines.push(studyLine(result.study));
  for (const w of result.warnings) lines.push(`note: ${w}`);
  return lines.join('\n');
}

/** One line on what the study collection gained, so the learner knows `zhcards study` has them. */
export function studyLine(s: NonNullable<ExportResult['study']>): string {
  const parts = [`${plural(s.notesAdded, 'new word')} (${plural(s.cardsAdded, 'card')})`];
  if (s.notesUpdated) parts.push(`${s.notesUpdated} updated`);
  return `Study collection: ${parts.join(', ')} — review them with zhcards study.`;
}
