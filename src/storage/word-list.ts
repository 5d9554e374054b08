/** A set of words with when and where each was added: the shape of both known and ignored words. */
import type { Database } from './open-database.js';

export interface ListedWord {
  word: string;
  /** When it was added (the caller's clock). */
  addedAt: Date;
  /** 'cli', 'app', 'import:<file>'… */
  source: string;
}

export interface WordSet {
  has(word: string): boolean;
  readonly size: number;
}

export type WordTable = 'known_words' | 'ignored_words';

/** Adds the words not yet listed; returns how many were new. Words are trimmed and NFC-normalised. */
export function addWords(db: Database, table: WordTable, words: Iterable<string>, source: string, now: Date): number {
  const insert = db.prepare(`INSERT INTO ${table} (word, added_at, source) VALUES (?, ?, ?) ON CONFLICT (word) DO NOTHING`);
  const at = now.getTime();
  return db
    .transaction((list: string[]) => list.reduce((n, w) => n + insert.run(w, at, source).changes, 0))
    .immediate([...cleanWords(words)]);
}

/** Removes the words; returns how many were listed. */
export function removeWords(db: Database, table: WordTable, words: Iterable<string>): number {
  const del = db.prepare(`DELETE FROM ${table} WHERE word = ?`);
  return db.transaction((list: string[]) => list.reduce((n, w) => n + del.run(w).changes, 0)).immediate([...cleanWords(words)]);
}

/** Every listed word, oldest first (ties by word). */
export function listWords(db: Database, table: WordTable): ListedWord[] {
  const rows = db.prepare(`SELECT word, added_at, source FROM ${table} ORDER BY added_at, word`).all() as Array<{ word: string; added_at: number; source: string }>;
  return rows.map((r) => ({ word: r.word, addedAt: new Date(r.added_at), source: r.source }));
}

/** A snapshot for the analysis: one query, then lookups in memory. */
export function wordSet(db: Database, table: WordTable): WordSet {
  const words = new Set((db.prepare(`SELECT word FROM ${table}`).pluck().all() as string[]));
  return { has: (w) => words.has(w), size: words.size };
}

function* cleanWords(words: Iterable<string>): Iterable<string> {
  for (const w of words) {
    const clean = w.normalize('NFC').trim();
    if (clean) yield clean;
  }
}
