/** `runExport` twice against one learner database, in-process: the second run changes nothing. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport, type ExportOptions } from '../../src/export/index.js';
import { loadAnalysis } from '../../src/pipeline/index.js';
import { exportedNoteCount, openMemoryDatabase, type Database } from '../../src/storage/index.js';
import type { Analysis } from '../../src/domain/types.js';
import { openApkg } from '../anki/helpers.js';

const root = join(import.meta.dirname, '..', '..');
const article = join(root, 'articles', '02-high-speed-rail.txt');
const dir = mkdtempSync(join(tmpdir(), 'zhcards-re-export-'));
let analysis: Analysis;
let db: Database;
beforeAll(async () => {
  analysis = await loadAnalysis({ inputs: [article], known: null, encoding: null, level: 3, sort: 'useful' });
  db = openMemoryDatabase();
}, 60_000);
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const options = (extra: Partial<ExportOptions> = {}): ExportOptions => ({
  out: join(dir, 'deck.apkg'), deck: null, max: 12, cards: ['recognition', 'production'], sentences: true, format: 'apkg', force: false,
  refresh: false, ...extra,
});
const mods = async (path: string) => {
  const { db: apkg } = await openApkg(path);
  const rows = apkg.prepare('SELECT guid, mod FROM notes ORDER BY guid').all();
  apkg.close();
  return rows;
};

describe('exporting the same article again', () => {
  it('first: all new; again: all unchanged with the same mods; --refresh: all changed', async () => {
    const first = await runExport({ analysis, inputs: [article], options: options(), decksDir: dir, now: new Date('2026-03-01T08:00:00Z'), db });
    const notes = first.notes;
    expect(first.counts).toEqual({ new: notes, changed: 0, unchanged: 0 });
    expect(exportedNoteCount(db)).toBe(notes);
    const before = await mods(first.files[0]!);

    const again = await runExport({ analysis, inputs: [article], options: options(), decksDir: dir, now: new Date('2026-03-05T08:00:00Z'), db });
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: notes });
    expect(await mods(again.files[0]!)).toEqual(before);

    const forced = await runExport({ analysis, inputs: [article], options: options({ refresh: true }), decksDir: dir, now: new Date('2026-03-06T08:00:00Z'), db });
    expect(forced.counts).toEqual({ new: 0, changed: notes, unchanged: 0 });
  }, 60_000);

  it('without the database nothing is counted, every note carries the export time', async () => {
    const now = new Date('2026-04-01T08:00:00Z');
    const r = await runExport({ analysis, inputs: [article], options: options({ out: join(dir, 'nodb.apkg') }), decksDir: dir, now, db: null });
    expect(r.counts).toBeNull();
    const rows = (await mods(r.files[0]!)) as Array<{ mod: number }>;
    expect(rows.length).toBe(r.notes);
    expect(new Set(rows.map((x) => x.mod))).toEqual(new Set([now.getTime() / 1000]));
  }, 60_000);
});
