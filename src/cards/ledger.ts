/**
 * What was last exported, per note (GUID): the content hash and `mod` Anki saw, and what the
 * first article gave the word (deck, source, example). Anki updates a note only when the
 * incoming `mod` is newer, so keeping `mod` for unchanged content keeps the learner's edits,
 * and keeping the first article's example stops a shared word from moving between articles.
 * Pure: storage reads and writes these entries, the planner decides with them.
 */
import type { CardSentence, CardSource } from './types.js';

export interface LedgerEntry {
  guid: string;
  /** Content hash of the fields zhcards owns, as last exported. */
  hash: string;
  /** The note's `mod` (seconds) in that export. */
  mod: number;
  /** Deck the note's cards went to first. */
  deck: string;
  /** First article's source, and (word notes) its example sentence. */
  source: CardSource;
  sentence: CardSentence | null;
  /** zhcards' own tags as last exported (`src::…` accumulate). */
  tags: string[];
}

/** Looked up per GUID: a Map, or the learner database read one row at a time. */
export interface Ledger {
  get(guid: string): LedgerEntry | undefined;
}
export const EMPTY_LEDGER: Ledger = new Map<string, LedgerEntry>();

export type NoteStatus = 'new' | 'changed' | 'unchanged';

export interface UpdateDecision {
  status: NoteStatus;
  /** `mod` to write (seconds). */
  mod: number;
}

/**
 * The note's `mod`: the previous one while the content is what Anki already has (Anki then
 * skips the note and keeps whatever the learner edited), the export time when it changed.
 * `refresh` writes every note as changed.
 */
export function decideUpdate(previous: LedgerEntry | undefined, hash: string, exportedAtSecs: number, refresh = false): UpdateDecision {
  if (!previous) return { status: 'new', mod: exportedAtSecs };
  if (refresh || previous.hash !== hash) {
    // Strictly newer than what Anki has, even for two exports within one second.
    return { status: 'changed', mod: Math.max(exportedAtSecs, previous.mod + 1) };
  }
  return { status: 'unchanged', mod: previous.mod };
}

/** Tags in first-seen order, each once: earlier articles' `src::` tags stay beside the new one. */
export function mergeTags(previous: readonly string[] | undefined, current: readonly string[]): string[] {
  return [...new Set([...(previous ?? []), ...current])];
}

export interface StatusCounts {
  new: number;
  changed: number;
  unchanged: number;
}

export function countStatuses(statuses: Iterable<NoteStatus>): StatusCounts {
  const counts: StatusCounts = { new: 0, changed: 0, unchanged: 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}
