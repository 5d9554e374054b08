/**
 * "Mark all remaining words of this article as known", undoable: the words really added
 * (not those already known) are returned, so undo removes exactly those.
 */
import { addKnownWords, knownWordSet, removeKnownWords, type Database } from '../storage/index.js';

export interface MarkKnownUndo {
  /** The words this action added; undo removes these and only these. */
  readonly added: readonly string[];
}

/** `words`: simplified keys (see simplifiedKey). */
export function markWordsKnown(db: Database, words: Iterable<string>, source: string, now: Date): MarkKnownUndo {
  const before = knownWordSet(db);
  const fresh = [...new Set(words)].filter((w) => w.trim() && !before.has(w.normalize('NFC').trim()));
  addKnownWords(db, fresh, source, now);
  return { added: fresh.map((w) => w.normalize('NFC').trim()) };
}

/** Takes back a markWordsKnown; returns how many words were removed. */
export function undoMarkKnown(db: Database, undo: MarkKnownUndo): number {
  return removeKnownWords(db, undo.added);
}
