import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildDeckPlan,
  deckIdFor,
  PARENT_DECK_ID,
  SENTENCE_FIELDS,
  SENTENCE_NOTE_TYPE_ID,
  WORD_FIELDS,
  WORD_NOTE_TYPE_ID,
  wordGuid,
  writeApkg,
  type DeckPlan,
  type WriteResult,
} from '../../src/anki/index.js';
import { DIAOYAN, DIAOYAN_SENTENCE, NOW, XIANGCUN, ZAITI } from '../fixtures/anki/cards.js';
import { NOTE_TYPE_MOD } from '../../src/anki/note-types.js';
import { cardIdFor, noteIdFor } from '../../src/anki/row-ids.js';
import { ankiChecksum, openApkg, type OpenedApkg } from './helpers.js';

interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  usn: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
  tflds: string;
  tsfld: string;
}
interface CardRow {
  id: number;
  nid: number;
  did: number;
  ord: number;
  due: number;
  type: number;
  queue: number;
}

const DECK = 'zhcards::乡村振兴调查';
let dir: string;
let plan: DeckPlan;
let result: WriteResult;
let apkg: OpenedApkg;
let notes: NoteRow[];
let cards: CardRow[];
let written = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhcards-anki-'));
  plan = buildDeckPlan({
    deckName: DECK,
    words: [ZAITI, DIAOYAN, XIANGCUN],
    sentences: [DIAOYAN_SENTENCE],
    templates: ['recognition', 'production'],
    now: NOW,
    articleSlug: 'xiangcun',
  });
  const out = vi.spyOn(process.stdout, 'write');
  const err = vi.spyOn(process.stderr, 'write');
  result = await writeApkg(plan, join(dir, 'deck.apkg'));
  written = [...out.mock.calls, ...err.mock.calls].map((c) => String(c[0])).join('');
  out.mockRestore();
  err.mockRestore();
  apkg = await openApkg(result.path);
  notes = apkg.db
    .prepare('SELECT *, typeof(flds) AS tflds, typeof(sfld) AS tsfld FROM notes')
    .all() as NoteRow[];
  // Ids come from GUIDs, so the plan's order (the article's) is the one to compare in.
  notes.sort((a, b) => plan.notes.findIndex((n) => n.guid === a.guid) - plan.notes.findIndex((n) => n.guid === b.guid));
  cards = apkg.db.prepare('SELECT * FROM cards ORDER BY id').all() as CardRow[];
});

afterAll(() => {
  apkg?.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('.apkg round trip', () => {
  it('reports what it wrote and prints nothing itself', () => {
    expect(result).toMatchObject({ path: join(dir, 'deck.apkg'), notes: 4, cards: 3 * 2 + 1 });
    expect(written).toBe('');
  });

  it('contains the collection and a JSON media map, nothing else', () => {
    expect(apkg.entries).toEqual(['collection.anki2', 'media']);
    expect(apkg.media).toEqual({});
  });

  it('has a schema-11 col row with both note types, exactly our fields and templates', () => {
    const col = apkg.db.prepare('SELECT * FROM col').get() as Record<string, string | number>;
    expect(col.ver).toBe(11);
    const models = JSON.parse(String(col.models)) as Record<string, Record<string, unknown>>;
    expect(Object.keys(models).sort()).toEqual([String(WORD_NOTE_TYPE_ID), String(SENTENCE_NOTE_TYPE_ID)].sort());
    const word = models[String(WORD_NOTE_TYPE_ID)]!;
    for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']) expect(word).toHaveProperty(key);
    expect(word.name).toBe('zhcards Word');
    // Fixed, not the export time: a newer mod would overwrite the learner's template and CSS edits.
    expect(word.mod).toBe(NOTE_TYPE_MOD);
    expect(word.did).toBe(deckIdFor(DECK));
    expect(word.sortf).toBe(0);
    const flds = word.flds as Array<Record<string, unknown>>;
    expect(flds.map((f) => [f.name, f.ord])).toEqual(WORD_FIELDS.map((n, i) => [n, i]));
    for (const f of flds) for (const key of ['name', 'ord', 'sticky', 'rtl', 'font', 'size']) expect(f).toHaveProperty(key);
    const tmpls = word.tmpls as Array<Record<string, unknown>>;
    expect(tmpls.map((t) => [t.name, t.ord])).toEqual([['Recognition', 0], ['Production', 1], ['Listening', 2]]);
    expect(String(tmpls[2]!.qfmt)).toContain('{{tts zh_CN:Hanzi}}');
    expect(String(tmpls[1]!.qfmt)).toContain('{{English}}');
    expect(String(tmpls[1]!.qfmt)).not.toContain('{{Hanzi}}');
    expect(String(tmpls[1]!.qfmt)).not.toContain('{{Sentence}}');
    // Each card needs its switch field (15–17); Recognition and Listening also need Hanzi.
    expect(word.req).toEqual([[0, 'all', [0, 15]], [1, 'all', [16]], [2, 'all', [0, 17]]]);
    const css = String(word.css);
    for (const c of ['.tone1 { color: #E30000', '.tone2 { color: #02B31C', '.tone3 { color: #1510F0', '.tone4 { color: #8900BF', '.tone5 { color: #777777']) {
      expect(css).toContain(c);
    }
    expect(css).toMatch(/\.nightMode \.tone1/);
    expect(css).toContain('Noto Sans CJK SC');

    const sentence = models[String(SENTENCE_NOTE_TYPE_ID)]!;
    expect((sentence.flds as Array<{ name: string }>).map((f) => f.name)).toEqual([...SENTENCE_FIELDS]);
    expect(sentence.req).toEqual([[0, 'all', [0]]]);
  });

  it('has the deck, its zhcards parent and Default, with the keys Anki requires', () => {
    const col = apkg.db.prepare('SELECT decks FROM col').get() as { decks: string };
    const decks = JSON.parse(col.decks) as Record<string, Record<string, unknown>>;
    const byName = Object.fromEntries(Object.values(decks).map((d) => [d.name, d]));
    expect(Object.keys(byName).sort()).toEqual(['Default', 'zhcards', DECK].sort());
    expect(byName.zhcards!.id).toBe(PARENT_DECK_ID);
    expect(byName[DECK]!.id).toBe(deckIdFor(DECK));
    for (const d of Object.values(decks)) {
      for (const key of ['id', 'name', 'usn', 'collapsed', 'dyn', 'conf']) expect(d).toHaveProperty(key);
      expect(decks[String(d.id)]).toBe(d);
    }
  });

  it('stores one note per word and sentence, fields split by \\x1f as planned', () => {
    expect(notes).toHaveLength(4);
    expect(notes.map((n) => n.flds.split('\x1f'))).toEqual(plan.notes.map((n) => n.fields));
    const [zaiti, diaoyan, xiangcun, sentence] = notes.map((n) => n.flds.split('\x1f'));
    expect(zaiti!.length).toBe(WORD_FIELDS.length);
    expect(sentence!.length).toBe(SENTENCE_FIELDS.length);
    const field = (values: string[], name: (typeof WORD_FIELDS)[number]) => values[WORD_FIELDS.indexOf(name)];
    expect(field(zaiti!, 'Hanzi')).toBe('载体');
    expect(field(zaiti!, 'Traditional')).toBe('載體');
    expect(field(zaiti!, 'Pinyin')).toBe('zài tǐ');
    expect(field(zaiti!, 'PinyinNumbered')).toBe('zai4 ti3');
    expect(field(zaiti!, 'Color')).toBe('<span class="tone4">载</span><span class="tone3">体</span>');
    expect(field(zaiti!, 'English')).toBe(
      '<ul class="senses"><li>carrier (chemistry)</li><li>vector (computing)</li><li>medium; vehicle (of ideas)</li></ul>',
    );
    expect(field(zaiti!, 'HSK')).toBe('~HSK 6 (estimated)');
    expect(field(zaiti!, 'Frequency')).toBe('9321');
    expect(field(zaiti!, 'Sentence')).toBe('语言是文化的重要<b>载体</b>。');
    expect(field(zaiti!, 'SentencePinyin')).toBe('Yǔ yán shì wén huà de zhòng yào <b>zài tǐ</b>.');
    expect(field(zaiti!, 'SentenceRuby')).toBe(' 语[yǔ] 言[yán] 是[shì] 文[wén] 化[huà] 的[de] 重[zhòng] 要[yào]<b> 载[zài] 体[tǐ]</b>。');
    expect(field(zaiti!, 'Notes')).toBe('');
    expect(field(diaoyan!, 'HSK')).toBe('HSK 5');
    expect(field(diaoyan!, 'Classifier')).toBe('次 (cì)');
    expect(field(xiangcun!, 'HSK')).toBe('beyond HSK');
    expect(field(xiangcun!, 'Sentence')).toBe('');
    expect(sentence![0]).toBe('记者到农村进行了<b>为期</b>一周的<b>调研</b>。');
  });

  it('computes sfld and csum as Anki does and stores text as TEXT', () => {
    for (const n of notes) {
      const first = n.flds.split('\x1f')[0]!;
      expect(n.tflds).toBe('text');
      expect(n.tsfld).toBe('text');
      expect(n.sfld).toBe(first.replace(/<[^>]*>/g, ''));
      expect(n.csum).toBe(ankiChecksum(first));
    }
    expect(notes[3]!.sfld).toBe('记者到农村进行了为期一周的调研。');
  });

  it('gives stable GUIDs, the right note types, tags and second-precision mod', () => {
    expect(notes[0]!.guid).toBe(wordGuid('载体', 'zai4 ti3'));
    expect(new Set(notes.map((n) => n.guid)).size).toBe(4);
    expect(notes.map((n) => n.mid)).toEqual([WORD_NOTE_TYPE_ID, WORD_NOTE_TYPE_ID, WORD_NOTE_TYPE_ID, SENTENCE_NOTE_TYPE_ID]);
    expect(notes[0]!.tags).toBe(' zhcards hsk::6 src::xiangcun ');
    expect(notes[2]!.tags).toBe(' zhcards hsk::beyond src::xiangcun ');
    expect(notes[3]!.tags).toBe(' zhcards src::xiangcun ');
    for (const n of notes) {
      expect(n.mod).toBe(Math.floor(NOW.getTime() / 1000));
      expect(n.usn).toBe(-1);
      expect(n.id).toBe(noteIdFor(n.guid));
      expect(n.id).toBeGreaterThan(0);
      expect(n.id).toBeLessThan(NOW.getTime());
    }
  });

  it('creates notes × chosen templates as new cards with distinct ids in the deck', () => {
    expect(cards).toHaveLength(7);
    expect(new Set(cards.map((c) => c.id)).size).toBe(7);
    const byNote = (nid: number) => cards.filter((c) => c.nid === nid).map((c) => c.ord).sort();
    expect(byNote(notes[0]!.id)).toEqual([0, 1]);
    expect(byNote(notes[2]!.id)).toEqual([0, 1]);
    expect(byNote(notes[3]!.id)).toEqual([0]);
    for (const c of cards) {
      expect(c.did).toBe(deckIdFor(DECK));
      expect([c.type, c.queue]).toEqual([0, 0]);
      expect(c.id).toBeLessThan(NOW.getTime());
      expect(c.id).toBe(cardIdFor(notes.find((n) => n.id === c.nid)!.guid, c.ord));
    }
    // New cards come in article order.
    expect(cards.filter((c) => c.nid === notes[1]!.id).map((c) => c.due)).toEqual([2, 2]);
  });
});
