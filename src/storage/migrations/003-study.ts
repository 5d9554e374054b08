/**
 * Study collection: decks, the note content the review screen shows, one row per study card
 * with every FSRS field as a column, and the review log (kept for undo and FSRS optimisation).
 * Version 3: after the export ledger (002).
 */
import type { Migration } from '../migrate.js';

export const studyTables: Migration = {
  // 2 on this branch; becomes 3 when merged after 002-export-ledger (the list check enforces it).
  version: 3,
  name: 'study decks, notes, cards and review log',
  up(db) {
    // Times are epoch ms. Note content is keyed by the Anki note GUID, so a re-export updates
    // it in place; a card's schedule is never touched by a re-export.
    db.exec(`
      CREATE TABLE study_decks (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at INTEGER NOT NULL,
        renamed_at INTEGER
      );
      CREATE TABLE study_notes (
        guid TEXT PRIMARY KEY,
        word TEXT NOT NULL,
        traditional TEXT NOT NULL,
        pinyin TEXT NOT NULL,
        pinyin_numbered TEXT NOT NULL,
        meaning TEXT NOT NULL,
        sentence TEXT NOT NULL,
        sentence_pinyin TEXT NOT NULL,
        target_start INTEGER NOT NULL,
        target_end INTEGER NOT NULL,
        source TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE study_cards (
        id TEXT PRIMARY KEY,
        note_guid TEXT NOT NULL REFERENCES study_notes (guid) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('recognition', 'production', 'pinyin')),
        word TEXT NOT NULL,
        deck_id INTEGER NOT NULL REFERENCES study_decks (id) ON DELETE CASCADE,
        suspended INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
        due INTEGER NOT NULL,
        stability REAL NOT NULL,
        difficulty REAL NOT NULL,
        scheduled_days INTEGER NOT NULL,
        learning_steps INTEGER NOT NULL,
        reps INTEGER NOT NULL,
        lapses INTEGER NOT NULL,
        last_review INTEGER
      );
      CREATE INDEX study_cards_due ON study_cards (state, due);
      CREATE INDEX study_cards_deck_due ON study_cards (deck_id, state, due);
      CREATE INDEX study_cards_new ON study_cards (state, created_at) WHERE state = 'new';
      CREATE INDEX study_cards_word ON study_cards (word);
      CREATE INDEX study_cards_note ON study_cards (note_guid);
      CREATE TABLE review_log (
        id TEXT PRIMARY KEY,
        card_id TEXT NOT NULL REFERENCES study_cards (id) ON DELETE CASCADE,
        reviewed_at INTEGER NOT NULL,
        grade TEXT NOT NULL CHECK (grade IN ('again', 'hard', 'good', 'easy')),
        previous_state TEXT NOT NULL,
        next_state TEXT NOT NULL,
        previous TEXT NOT NULL,
        next TEXT NOT NULL
      );
      CREATE INDEX review_log_time ON review_log (reviewed_at);
      CREATE INDEX review_log_card ON review_log (card_id, reviewed_at);
    `);
  },
};
