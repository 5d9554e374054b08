/** Version 1: what the learner knows, ignores and prefers, and the articles they opened. */
import type { Migration } from '../migrate.js';

export const learnerTables: Migration = {
  version: 1,
  name: 'known and ignored words, settings, opened articles',
  up(db) {
    // Times are milliseconds since the epoch, passed in by the caller. `source` says where a
    // word came from: 'cli', 'app', or 'import:<file name>'.
    db.exec(`
      CREATE TABLE known_words (
        word TEXT PRIMARY KEY,
        added_at INTEGER NOT NULL,
        source TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE ignored_words (
        word TEXT PRIMARY KEY,
        added_at INTEGER NOT NULL,
        source TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE articles (
        path TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        first_opened_at INTEGER NOT NULL,
        last_opened_at INTEGER NOT NULL,
        open_count INTEGER NOT NULL
      );
      CREATE INDEX articles_by_last_opened ON articles (last_opened_at DESC);
    `);
  },
};
