/**
 * The export ledger: per note GUID, what the last export wrote (see cards/ledger.ts for why).
 * Read lazily, one prepared lookup per note, so a 10,000-note export does not load every word
 * the learner ever exported; written in one transaction once the file is safely on disk.
 */
import type { Ledger, LedgerEntry } from '../cards/ledger.js';
import type { CardSentence, CardSource } from '../cards/types.js';
import type { Database } from './open-database.js';

interface Row {
  guid: string;
  hash: string;
  mod: number;
  deck: string;
  source: string;
  sentence: string | null;
  tags: string;
}

function entryOf(row: Row): LedgerEntry {
  return {
    guid: row.guid,
    hash: row.hash,
    mod: row.mod,
    deck: row.deck,
    source: JSON.parse(row.source) as CardSource,
    sentence: row.sentence === null ? null : (JSON.parse(row.sentence) as CardSentence),
    tags: row.tags.split(' ').filter(Boolean),
  };
}

/** A Ledger view of the database: `get(guid)` reads one row. */
export function exportLedger(db: Database): Ledger {
  const lookup = db.prepare('SELECT guid, hash, mod, deck, source, sentence, tags FROM exported_notes WHERE guid = ?');
  return {
    get(guid: string): LedgerEntry | undefined {
      const row = lookup.get(guid) as Row | undefined;
      return row ? entryOf(row) : undefined;
    },
  };
}

/** Remembers what was just written; a note seen before keeps its first-export time. */
export function recordExport(db: Database, entries: readonly LedgerEntry[], now: Date): void {
  const upsert = db.prepare(
    `INSERT INTO exported_notes (guid, hash, mod, deck, source, sentence, tags, first_exported_at, last_exported_at)
     VALUES (@guid, @hash, @mod, @deck, @source, @sentence, @tags, @at, @at)
     ON CONFLICT (guid) DO UPDATE SET hash = excluded.hash, mod = excluded.mod, deck = excluded.deck,
       source = excluded.source, sentence = excluded.sentence, tags = excluded.tags, last_exported_at = excluded.last_exported_at`,
  );
  const at = now.getTime();
  db.transaction(() => {
    for (const e of entries) {
      // Tokens carry only what the card needs again: text, offsets, kind, pinyin.
      const sentence = e.sentence === null ? null : JSON.stringify({
        text: e.sentence.text,
        targetStart: e.sentence.targetStart,
        targetEnd: e.sentence.targetEnd,
        tokens: e.sentence.tokens.map(({ text, start, end, kind, pinyin }) => ({ text, start, end, kind, pinyin })),
      });
      upsert.run({ guid: e.guid, hash: e.hash, mod: e.mod, deck: e.deck, source: JSON.stringify(e.source), sentence, tags: e.tags.join(' '), at });
    }
  })();
}

/** How many notes the ledger knows (for messages and tests). */
export function exportedNoteCount(db: Database): number {
  return (db.prepare('SELECT count(*) AS n FROM exported_notes').get() as { n: number }).n;
}
