/** Version 2: what each export wrote per note, so the next one updates only what changed. */
import type { Migration } from '../migrate.js';

export const exportLedger: Migration = {
  version: 2,
  name: 'exported notes (content hash, mod, first article)',
  up(db) {
    // One row per note GUID. `mod` is the note's Anki mod (seconds) as last written; `hash`
    // covers the fields zhcards owns. deck/source/sentence are the first article's, kept for
    // shared words; `sentence` and `source` are JSON, `tags` is space-separated.
    db.exec(`
      CREATE TABLE exported_notes (
        guid TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        mod INTEGER NOT NULL,
        deck TEXT NOT NULL,
        source TEXT NOT NULL,
        sentence TEXT,
        tags TEXT NOT NULL,
        first_exported_at INTEGER NOT NULL,
        last_exported_at INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
