/**
 * How one note meets what was exported before (the ledger): a word already exported keeps its
 * first article's example, source and deck (unless refreshed), its `src::` tags accumulate,
 * and its `mod` moves forward only when the content zhcards owns changed.
 */
import { hash } from 'node:crypto';
import { decideUpdate, mergeTags, type Ledger, type LedgerEntry, type NoteStatus } from '../cards/ledger.js';
import type { CardSentence, CardSource } from '../cards/types.js';
import { LEARNER_FIELDS } from './fields.js';

/**
 * Hash of the fields zhcards owns (all but the learner's): names and values, so a renamed or
 * moved field counts as a change. Tags are left out on purpose: a new `src::` tag alone must not
 * make Anki overwrite the learner's edits; it travels with the note's next content change.
 */
export function contentHash(noteTypeId: number, fieldNames: readonly string[], fields: readonly string[]): string {
  const owned: string[] = [];
  for (let i = 0; i < fieldNames.length; i++) if (!LEARNER_FIELDS.includes(fieldNames[i]!)) owned.push(`${fieldNames[i]}\u001f${fields[i] ?? ''}`);
  // One-shot hash of one string: per-field updates and hash objects cost more than hashing.
  return hash('sha256', `${noteTypeId}\u001e${owned.join('\u001e')}`, 'base64url').slice(0, 27);
}

export interface NoteContent {
  sentence: CardSentence | null;
  source: CardSource;
  deck: string;
}

export interface PolicyInput {
  ledger: Ledger;
  refresh: boolean;
  exportedAtSecs: number;
}

/** What the note shows about its article: the first article's, unless refreshed. */
export function firstArticle(guid: string, current: NoteContent, input: PolicyInput): NoteContent {
  const previous = input.ledger.get(guid);
  if (!previous || input.refresh) return current;
  return { sentence: previous.sentence, source: previous.source, deck: previous.deck };
}

/** zhcards' own tags: `src::` tags of every article so far, the rest as computed now. */
export function noteTags(guid: string, current: readonly string[], input: PolicyInput): string[] {
  const earlierSources = (input.ledger.get(guid)?.tags ?? []).filter((t) => t.startsWith('src::'));
  const merged = mergeTags(earlierSources, current);
  // Same order every time: the fixed tags first, then sources, so a re-export writes identical tags.
  return [...merged.filter((t) => !t.startsWith('src::')), ...merged.filter((t) => t.startsWith('src::')).sort()];
}

export interface Settled {
  status: NoteStatus;
  mod: number;
  entry: LedgerEntry;
}

/** The note's `mod` and status, and the ledger entry to remember once the file is written. */
export function settleNote(
  guid: string,
  noteTypeId: number,
  fieldNames: readonly string[],
  fields: readonly string[],
  content: NoteContent & { tags: string[] },
  input: PolicyInput,
): Settled {
  const hash = contentHash(noteTypeId, fieldNames, fields);
  const { status, mod } = decideUpdate(input.ledger.get(guid), hash, input.exportedAtSecs, input.refresh);
  return { status, mod, entry: { guid, hash, mod, deck: content.deck, source: content.source, sentence: content.sentence, tags: content.tags } };
}
