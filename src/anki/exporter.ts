/**
 * anki-apkg-export's `Exporter`, extended. We keep its database/zip/media lifecycle and tag
 * formatting and replace what does not scale or is not stable:
 * - it gets a current WASM sql.js handed in (its bundled sql.js 0.5 loads slowly, logs
 *   deprecation noise and runs out of memory near 1,000 cards);
 * - ids come from the plan and the GUIDs: `_getId` no longer scans unindexed columns
 *   (quadratic) or reads the clock, so every id is stable across exports;
 * - our collection template and note types replace its single Front/Back model;
 * - notes and cards go in through two prepared statements inside one transaction, and the
 *   checksum is Anki's (SHA-1 of the stripped first field, not of all fields);
 * - `save` avoids the deprecated `new Buffer()` and always writes the `media` entry.
 */
import { createRequire } from 'node:module';
import type JSZip from 'jszip';
import { SCHEMA_SQL, INDEX_SQL, collectionRow } from './collection.js';
import { fieldChecksum, stripHtml, textChecksum } from './html.js';
import type { DeckPlan } from './plan.js';
import { IdAllocator, rowIdsFor } from './row-ids.js';
import type { SqlDatabase, SqlJs } from './sqljs.js';

const require = createRequire(import.meta.url);
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

interface StockExporter {
  db: SqlDatabase;
  zip: JSZip;
  media: Array<{ filename: string; data: unknown }>;
  topDeckId: number;
  topModelId: number;
  separator: string;
  _getId(table: string, column: string, ts: number): number;
  _checksum(text: string): number;
  _tagsToStr(tags: string[]): string;
  addCard(front: string, back: string, opts?: { tags?: string[] | string }): void;
  save(options?: object): Promise<Buffer>;
}

type StockExporterClass = new (deckName: string, opts: { template: string; sql: SqlJs }) => StockExporter;

// The deep import skips the package entry point, which would load the bundled sql.js 0.5.
const { default: Exporter } = require('anki-apkg-export/dist/exporter.js') as { default: StockExporterClass };

// The stock constructor renames the last deck and model it finds; give it placeholders and
// write the real `col` row afterwards with bound parameters (no JSON inside SQL text).
// Large pages: sql.js keeps the file in emscripten's in-memory FS, where every page write
// costs JS work, so fewer, bigger pages make inserts and the commit several times faster.
const TEMPLATE = `PRAGMA page_size = 65536;
${SCHEMA_SQL}
INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', '{"1":{}}', '{"1":{}}', '{}', '{}');`;

export class PlanExporter extends Exporter {
  private readonly plan: DeckPlan;

  constructor(plan: DeckPlan, sql: SqlJs) {
    super(plan.deck.name, { template: TEMPLATE, sql });
    this.plan = plan;
    this.topDeckId = plan.deck.id;
    this.topModelId = plan.noteTypes[0]?.id ?? 0;
    const row = collectionRow(plan);
    this.db.run('UPDATE col SET crt=?, mod=?, scm=?, ver=?, conf=?, models=?, decks=?, dconf=?, tags=? WHERE id=1', [
      row.crt, row.mod, row.scm, row.ver, row.conf, row.models, row.decks, row.dconf, row.tags,
    ]);
  }

  /** Ids are planned up front; the stock version runs a table scan per call. */
  override _getId(_table: string, _column: string, ts: number): number {
    return ts;
  }

  override _checksum(firstField: string): number {
    return fieldChecksum(firstField);
  }

  /**
   * The stock Front/Back path (clock-based GUIDs via `_getNoteGuid`, one template, per-call
   * statements) would write notes that do not fit our note types; only planned notes go in.
   */
  override addCard(): never {
    throw new Error('PlanExporter writes planned notes only; use addPlannedNotes()');
  }

  /**
   * Note and card ids derive from the GUID (see row-ids.ts); `mod` and deck are the plan's per
   * note, so an unchanged note keeps the `mod` Anki already has.
   */
  addPlannedNotes(): { notes: number; cards: number } {
    const { plan, db } = this;
    const modSecs = Math.floor(plan.exportedAtMs / 1000);
    const noteIds = new IdAllocator();
    const cardIds = new IdAllocator();
    const sortField = new Map(plan.noteTypes.map((nt) => [nt.id, nt.sortf]));
    // Keep every page in SQLite's cache until commit and skip the journal: a failed export
    // throws the whole in-memory database away, so there is nothing to roll back to.
    db.run('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;');
    db.run('BEGIN');
    // Constant columns are literals, and text goes in as UTF-8 bytes cast back to TEXT:
    // sql.js encodes bound JS strings with a per-character JS loop, Buffer.from is native.
    const insertNote = db.prepare(
      `INSERT INTO notes VALUES (?, CAST(? AS TEXT), ?, ?, -1, CAST(? AS TEXT), CAST(? AS TEXT), ` +
        `CAST(? AS TEXT), ?, 0, '')`,
    );
    const insertCard = db.prepare(
      `INSERT INTO cards VALUES (?, ?, ?, ?, ${modSecs}, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')`,
    );
    try {
      // Ids come from hashes, so they are in no order; inserting in id order appends to the
      // tables' B-trees instead of splitting pages all over them.
      const noteRows = plan.notes.map((note, position) => {
        const ids = rowIdsFor(note.guid);
        return { note, position, ids, id: noteIds.take(ids.note) };
      });
      noteRows.sort((a, b) => a.id - b.id);
      const cardRows: Array<[id: number, nid: number, did: number, ord: number, due: number]> = [];
      for (const { note, position, ids, id: noteId } of noteRows) {
        const sortIndex = sortField.get(note.noteTypeId) ?? 0;
        const sfld = stripHtml(note.fields[sortIndex] ?? '');
        // Anki checksums the first field; it usually is the sort field, stripped already.
        const csum = sortIndex === 0 ? textChecksum(sfld) : this._checksum(note.fields[0] ?? '');
        insertNote.run([
          noteId,
          utf8(note.guid),
          note.noteTypeId,
          note.mod,
          utf8(this._tagsToStr(note.tags)),
          utf8(note.fields.join(this.separator)),
          utf8(sfld),
          csum,
        ]);
        // New cards: type 0, queue 0, due = position so Anki introduces them in article order.
        for (const ord of note.cardOrds) cardRows.push([ids.card(ord), noteId, note.deckId, ord, position + 1]);
      }
      // Card ids are taken in plan order (so a rare collision resolves the same way every time).
      cardRows.sort((a, b) => a[4] - b[4] || a[3] - b[3]);
      for (const row of cardRows) row[0] = cardIds.take(row[0]);
      cardRows.sort((a, b) => a[0] - b[0]);
      for (const row of cardRows) insertCard.run(row);
      db.run('COMMIT');
    } finally {
      insertNote.free();
      insertCard.free();
    }
    db.run(INDEX_SQL);
    return { notes: plan.notes.length, cards: plan.cardCount };
  }

  /** The package as a Buffer; the database is closed afterwards. */
  override async save(): Promise<Buffer> {
    let bytes: Uint8Array;
    try {
      bytes = this.db.export();
    } finally {
      this.db.close();
    }
    const media = Object.fromEntries(this.media.map((m, i) => [String(i), m.filename]));
    this.zip.file('collection.anki2', Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.zip.file('media', JSON.stringify(media));
    this.media.forEach((m, i) => this.zip.file(String(i), m.data as Buffer));
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
  }

  /** Frees the WASM memory when an export is abandoned. */
  dispose(): void {
    try {
      this.db.close();
    } catch {
      // already closed by save()
    }
  }
}
