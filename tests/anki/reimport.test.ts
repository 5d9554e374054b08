/** Two (and more) exports imported with Anki 2.1.16's rules: what the learner did survives. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeckPlan, deckIdFor, WORD_FIELDS, wordGuid, writeApkg, type DeckPlan } from '../../src/anki/index.js';
import type { Ledger, LedgerEntry, WordCard } from '../../src/cards/index.js';
import { DIAOYAN, sentence, ZAITI } from '../fixtures/anki/cards.js';
import { Collection } from './anki-sim.js';
import { openApkg } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'zhcards-reimport-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T1 = new Date('2026-03-01T08:00:00Z');
const day = (n: number) => new Date(T1.getTime() + n * 86_400_000);
const secs = (d: Date) => Math.floor(d.getTime() / 1000);
const ledgerOf = (...plans: DeckPlan[]): Ledger => {
  const map = new Map<string, LedgerEntry>();
  for (const p of plans) for (const e of p.ledgerEntries) map.set(e.guid, e);
  return map;
};
let n = 0;
async function exportAndRead(plan: DeckPlan) {
  const path = join(dir, `deck-${n++}.apkg`);
  await writeApkg(plan, path);
  const { db } = await openApkg(path);
  const notes = db.prepare('SELECT id, guid, mod FROM notes').all() as Array<{ id: number; guid: string; mod: number }>;
  const cards = db.prepare('SELECT c.id, c.ord, n.guid FROM cards c JOIN notes n ON n.id = c.nid').all() as Array<{ id: number; ord: number; guid: string }>;
  db.close();
  return { path, notes, cards };
}
const articleA = (words: WordCard[], now: Date, ledger?: Ledger, refresh = false) =>
  buildDeckPlan({ deckName: 'zhcards::A', words, templates: ['recognition', 'production'], now, articleSlug: 'a', ledger, refresh });

const field = (col: Collection, guid: string, name: string) => col.fields(guid).get(name);
const zaitiGuid = wordGuid('载体', 'zai4 ti3');
const diaoyanGuid = wordGuid('调研', 'diao4 yan2');

describe('re-exporting into a collection the learner has worked in', () => {
  const col = new Collection();
  let first: DeckPlan;
  let firstFile: Awaited<ReturnType<typeof exportAndRead>>;

  it('first export: every note is new and carries the export time', async () => {
    first = articleA([ZAITI, DIAOYAN], T1);
    expect(first.counts).toEqual({ new: 2, changed: 0, unchanged: 0 });
    firstFile = await exportAndRead(first);
    expect(firstFile.notes.map((x) => x.mod)).toEqual([secs(T1), secs(T1)]);
    await col.importApkg(firstFile.path);
    expect(col.log).toEqual({ added: 2, updated: 0, skipped: 0 });
    // The learner writes a note and adds a tag.
    col.edit(zaitiGuid, { Notes: '我的笔记' }, ' zhcards hsk::6 src::a mine ', secs(day(1)));
  });

  it('same content again: same mod and ids, Anki skips the notes, the learner keeps the note and tag', async () => {
    const again = articleA([ZAITI, DIAOYAN], day(2), ledgerOf(first));
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 2 });
    const file = await exportAndRead(again);
    expect(file.notes).toEqual(firstFile.notes);
    expect(file.cards.sort((a, b) => a.id - b.id)).toEqual(firstFile.cards.sort((a, b) => a.id - b.id));
    const before = col.cards.size;
    await col.importApkg(file.path);
    expect(col.log).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(col.cards.size).toBe(before);
    expect(field(col, zaitiGuid, 'Notes')).toBe('我的笔记');
    expect(col.notes.get(zaitiGuid)!.tags).toContain(' mine ');
  });

  it('changed content: only that note gets a newer mod and is updated', async () => {
    const better = { ...DIAOYAN, definitions: ['to investigate and research'] };
    const next = articleA([ZAITI, better], day(3), ledgerOf(first));
    expect(next.counts).toEqual({ new: 0, changed: 1, unchanged: 1 });
    const file = await exportAndRead(next);
    const mods = Object.fromEntries(file.notes.map((x) => [x.guid, x.mod]));
    expect(mods[diaoyanGuid]).toBe(secs(day(3)));
    expect(mods[zaitiGuid]).toBe(secs(T1));
    await col.importApkg(file.path);
    expect(col.log).toEqual({ added: 0, updated: 1, skipped: 1 });
    expect(field(col, diaoyanGuid, 'English')).toContain('to investigate and research');
    expect(field(col, zaitiGuid, 'Notes')).toBe('我的笔记');
  });

  it('--refresh writes every note as changed', () => {
    const forced = articleA([ZAITI, DIAOYAN], day(4), ledgerOf(first), true);
    expect(forced.counts).toEqual({ new: 0, changed: 2, unchanged: 0 });
    expect(forced.notes.every((x) => x.mod === secs(day(4)))).toBe(true);
  });
});

describe('a word shared by two articles', () => {
  const other = sentence([['专家', 'zhuān jiā'], ['开展', 'kāi zhǎn'], ['了', 'le'], ['专题', 'zhuān tí'], ['调研', 'diào yán'], ['。', '']], 4);
  const fromB: WordCard = { ...DIAOYAN, sentence: other, source: { title: '城市更新', file: 'b.txt' } };
  const NEW_WORD: WordCard = { ...ZAITI, simplified: '专题', traditional: '專題', pinyin: 'zhuān tí', pinyinNumbered: 'zhuan1 ti2', sentence: other, source: fromB.source };

  it('keeps its first example, source and deck; the new article only adds its src:: tag', async () => {
    const a = articleA([ZAITI, DIAOYAN], T1);
    const b = buildDeckPlan({ deckName: 'zhcards::B', words: [fromB, NEW_WORD], templates: ['recognition', 'production'], now: day(1), articleSlug: 'b', ledger: ledgerOf(a) });
    const shared = b.notes.find((x) => x.guid === diaoyanGuid)!;
    const fromA = a.notes.find((x) => x.guid === diaoyanGuid)!;
    expect(shared.fields[WORD_FIELDS.indexOf('Sentence')]).toBe(fromA.fields[WORD_FIELDS.indexOf('Sentence')]);
    expect(shared.fields[WORD_FIELDS.indexOf('Source')]).toContain('乡村振兴调查');
    expect(shared.deckId).toBe(deckIdFor('zhcards::A'));
    expect(shared.tags).toEqual(['zhcards', 'hsk::5', 'src::a', 'src::b']);
    // Same content, so Anki keeps the note as the learner has it.
    expect(shared.status).toBe('unchanged');
    expect(shared.mod).toBe(secs(T1));
    const added = b.notes.find((x) => x.guid !== diaoyanGuid)!;
    expect([added.status, added.deckId]).toEqual(['new', deckIdFor('zhcards::B')]);
    expect(b.decks.map((d) => d.name).sort()).toEqual(['zhcards', 'zhcards::A', 'zhcards::B']);

    const col = new Collection();
    await col.importApkg((await exportAndRead(a)).path);
    await col.importApkg((await exportAndRead(b)).path);
    expect(col.cards.get(`${diaoyanGuid}:0`)!.did).toBe(deckIdFor('zhcards::A'));
    expect(field(col, diaoyanGuid, 'Sentence')).toBe(fromA.fields[WORD_FIELDS.indexOf('Sentence')]);
  });

  it('takes the new article with --refresh', () => {
    const a = articleA([DIAOYAN], T1);
    const b = buildDeckPlan({ deckName: 'zhcards::B', words: [fromB], templates: ['recognition'], now: day(1), articleSlug: 'b', ledger: ledgerOf(a), refresh: true });
    expect(b.notes[0]!.fields[WORD_FIELDS.indexOf('Sentence')]).toBe('专家开展了专题<b>调研</b>。');
    expect(b.notes[0]!.deckId).toBe(deckIdFor('zhcards::B'));
    expect(b.notes[0]!.status).toBe('changed');
  });
});
