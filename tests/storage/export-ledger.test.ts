import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeckPlan } from '../../src/anki/index.js';
import { exportedNoteCount, exportLedger, MIGRATIONS, openDatabase, openMemoryDatabase, recordExport, schemaVersion } from '../../src/storage/index.js';
import { DIAOYAN, NOW, ZAITI } from '../fixtures/anki/cards.js';

const dir = mkdtempSync(join(tmpdir(), 'zhcards-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const plan = (now: Date, db: ReturnType<typeof openMemoryDatabase>, words = [ZAITI, DIAOYAN]) =>
  buildDeckPlan({ deckName: 'zhcards::A', words, templates: ['recognition'], now, articleSlug: 'a', ledger: exportLedger(db) });

describe('the export ledger in the learner database', () => {
  it('gives back exactly what was recorded, sentence tokens included', () => {
    const db = openMemoryDatabase();
    const first = plan(NOW, db);
    recordExport(db, first.ledgerEntries, NOW);
    expect(exportedNoteCount(db)).toBe(2);
    const ledger = exportLedger(db);
    for (const e of first.ledgerEntries) expect(ledger.get(e.guid)).toEqual(e);
    expect(ledger.get('no such guid')).toBeUndefined();
    db.close();
  });

  it('a second export read from it keeps mods; a changed word moves on and is stored anew', () => {
    const db = openMemoryDatabase();
    recordExport(db, plan(NOW, db).ledgerEntries, NOW);
    const later = new Date(NOW.getTime() + 86_400_000);
    const same = plan(later, db);
    expect(same.counts).toEqual({ new: 0, changed: 0, unchanged: 2 });
    const changed = plan(later, db, [ZAITI, { ...DIAOYAN, definitions: ['to survey'] }]);
    expect(changed.counts).toEqual({ new: 0, changed: 1, unchanged: 1 });
    recordExport(db, changed.ledgerEntries, later);
    const stored = exportLedger(db).get(changed.notes[1]!.guid)!;
    expect(stored.mod).toBe(Math.floor(later.getTime() / 1000));
    expect(plan(later, db, [ZAITI, { ...DIAOYAN, definitions: ['to survey'] }]).counts.unchanged).toBe(2);
    db.close();
  });

  it('a version-1 database gains the table when opened, its words kept', () => {
    const path = join(dir, 'old.db');
    const v1 = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    v1.prepare("INSERT INTO known_words VALUES ('调研', 1, 'cli')").run();
    v1.close();
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(exportedNoteCount(db)).toBe(0);
    expect(db.prepare('SELECT word FROM known_words').all()).toEqual([{ word: '调研' }]);
    db.close();
  });
});
