/** Study decks: one per exported deck name; a card belongs to the deck it was first added to. */
import { StorageError } from './errors.js';
import type { Database } from './open-database.js';

export interface StudyDeck {
  id: number;
  name: string;
  createdAt: number;
  renamedAt: number | null;
  cards: number;
  newCards: number;
  suspended: number;
  /** Learning and review cards due before `dueBefore`. */
  due: number;
}

/** The deck's id, creating it when missing (names compare case-insensitively). */
export function ensureDeck(db: Database, name: string, now: number): number {
  db.prepare('INSERT INTO study_decks (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run(name, now);
  return db.prepare('SELECT id FROM study_decks WHERE name = ?').pluck().get(name) as number;
}

export function listDecks(db: Database, dueBefore: number): StudyDeck[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.name, d.created_at, d.renamed_at,
         count(c.id) AS cards,
         coalesce(sum(c.state = 'new' AND c.suspended = 0), 0) AS new_cards,
         coalesce(sum(c.suspended), 0) AS suspended,
         coalesce(sum(c.state <> 'new' AND c.suspended = 0 AND c.due < @dueBefore), 0) AS due
       FROM study_decks d LEFT JOIN study_cards c ON c.deck_id = d.id
       GROUP BY d.id ORDER BY d.name`,
    )
    .all({ dueBefore }) as Array<{ id: number; name: string; created_at: number; renamed_at: number | null; cards: number; new_cards: number; suspended: number; due: number }>;
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, renamedAt: r.renamed_at, cards: r.cards, newCards: r.new_cards, suspended: r.suspended, due: r.due }));
}

export function findDeck(db: Database, name: string): { id: number; name: string } | null {
  return (db.prepare('SELECT id, name FROM study_decks WHERE name = ?').get(name) as { id: number; name: string } | undefined) ?? null;
}

export function renameDeck(db: Database, from: string, to: string, now: number): void {
  db.transaction(() => {
    const deck = findDeck(db, from);
    if (!deck) throw new StorageError(`no study deck named '${from}'`);
    const clash = findDeck(db, to);
    if (clash && clash.id !== deck.id) throw new StorageError(`a study deck named '${clash.name}' already exists`);
    db.prepare('UPDATE study_decks SET name = ?, renamed_at = ? WHERE id = ?').run(to, now, deck.id);
  }).immediate();
}

/** Deletes the deck, its cards and their review log; notes no card uses any more go too. */
export function deleteDeck(db: Database, name: string): { cards: number; reviews: number } {
  return db.transaction(() => {
    const deck = findDeck(db, name);
    if (!deck) throw new StorageError(`no study deck named '${name}'`);
    const counts = deckContents(db, deck.id);
    db.prepare('DELETE FROM study_decks WHERE id = ?').run(deck.id);
    db.prepare('DELETE FROM study_notes WHERE NOT EXISTS (SELECT 1 FROM study_cards c WHERE c.note_guid = study_notes.guid)').run();
    return counts;
  }).immediate();
}

export function deckContents(db: Database, deckId: number): { cards: number; reviews: number } {
  return db
    .prepare('SELECT (SELECT count(*) FROM study_cards WHERE deck_id = @id) AS cards, (SELECT count(*) FROM review_log l JOIN study_cards c ON c.id = l.card_id WHERE c.deck_id = @id) AS reviews')
    .get({ id: deckId }) as { cards: number; reviews: number };
}
