import { describe, expect, it } from 'vitest';
import { databasePath } from '../../src/paths/index.js';
import { countReviewLog, countStudyNotes, listDecks, loadAllCards, openDatabase, readSettings, type Database } from '../../src/storage/index.js';
import { article, expectOneLineError, tempDir, tempHome, zhcards } from './helpers.js';

function withDb<T>(home: string, f: (db: Database) => T): T {
  const db = openDatabase(databasePath({ ZHCARDS_HOME: home }));
  try {
    return f(db);
  } finally {
    db.close();
  }
}

describe('zhcards study', () => {
  it('every export adds its word notes to the study collection; exporting again updates, never duplicates; --no-db adds nothing', async () => {
    const home = tempHome();
    const out = tempDir('zhcards-export-');
    const first = await zhcards(['export', article, '--out', `${out}/`, '--max', '3'], { home });
    expect(first.out).toMatch(/Study collection: 3 new words \(9 cards\)/);
    const cards = withDb(home, (db) => loadAllCards(db, { deck: null }));
    expect(cards).toHaveLength(9);
    const again = await zhcards(['export', article, '--out', `${out}/`, '--max', '3'], { home });
    expect(again.out).toMatch(/Study collection: 0 new words \(0 cards\), 3 updated/);
    expect(withDb(home, (db) => loadAllCards(db, { deck: null }))).toEqual(cards);
    const noDb = tempHome();
    const r = await zhcards(['export', article, '--out', `${out}/x.apkg`, '--max', '3', '--no-db'], { home: noDb });
    expect(r.out).not.toMatch(/Study collection/);
  });

  it('--add builds cards without writing a file; --decks lists them; --rename and --delete (which wants --yes)', async () => {
    const home = tempHome();
    const add = await zhcards(['study', '--add', article, '--max', '4', '--deck', '高铁', '--cards', 'recognition'], { home });
    expect(add.code, add.err).toBe(0);
    expect(add.out).toContain('Deck zhcards::高铁. Study collection: 4 new words (8 cards)');
    const decks = await zhcards(['study', '--decks'], { home });
    expect(decks.out).toMatch(/zhcards::高铁\s+8\s+0\s+8\s+0/);
    expect((await zhcards(['study', '--rename', '高铁', '火车'], { home })).out).toBe('Renamed zhcards::高铁 to 火车.\n');
    const dry = await zhcards(['study', '--delete', '火车'], { home });
    expect(dry.code).toBe(1);
    expect(dry.err).toContain('This would delete 火车: 8 cards and 0 reviews of history. Nothing was deleted');
    expect(withDb(home, (db) => listDecks(db, 0)).map((d) => d.cards)).toEqual([8]);
    expect((await zhcards(['study', '--delete', '火车', '--yes'], { home })).out).toBe('Deleted 火车: 8 cards, 0 reviews.\n');
    expect(withDb(home, (db) => [listDecks(db, 0).length, countStudyNotes(db), countReviewLog(db)])).toEqual([0, 0, 0]);
  });

  it('options are validated and saved; --stats prints the numbers without a terminal', async () => {
    const home = tempHome();
    expectOneLineError(await zhcards(['study', '--retention', '1.5'], { home }), 2, /--retention must be between 0.7 and 0.99/);
    const saved = await zhcards(['study', '--retention', '0.85', '--new-per-day', '10'], { home });
    expect(saved.out).toBe('Saved: desired retention 0.85, 10 new cards and 200 reviews a day.\n');
    expect(withDb(home, readSettings)).toMatchObject({ studyRetention: 0.85, studyNewPerDay: 10 });
    await zhcards(['study', '--add', article, '--max', '2'], { home });
    const stats = await zhcards(['study', '--stats'], { home });
    expect(stats.out).toContain('Due today: 0   Reviews today: 0');
    expect(stats.out).toContain('Cards: 6 new · 0 learning · 0 review · 0 suspended');
  });

  it('refuses without a terminal, an unknown deck, and two actions at once, in one line each', async () => {
    const home = tempHome();
    expectOneLineError(await zhcards(['study'], { home }), 2, /study needs a terminal/);
    expectOneLineError(await zhcards(['study', '--stats', 'nope'], { home }), 2, /no study deck named 'nope'/);
    expectOneLineError(await zhcards(['study', '--decks', '--stats'], { home }), 2, /choose one of --decks, --stats/);
    expectOneLineError(await zhcards(['study', '--rename', 'a'], { home }), 2, /the old and the new deck name/);
  });
});
