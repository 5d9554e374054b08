import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/domain/errors.js';
import { buildDeckPlan, writeApkg, writePleco, writeTsv, type DeckPlan } from '../../src/anki/index.js';
import { DIAOYAN, DIAOYAN_SENTENCE, NOW, XIANGCUN, ZAITI } from '../fixtures/anki/cards.js';
import { openApkg } from './helpers.js';

let root: string;
let plan: DeckPlan;
const fresh = (name: string): string => {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};
const leftovers = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'zhcards-anki-write-'));
  plan = buildDeckPlan({
    deckName: 'zhcards::乡村振兴调查',
    words: [ZAITI, DIAOYAN, XIANGCUN],
    sentences: [DIAOYAN_SENTENCE],
    templates: ['recognition', 'production'],
    now: NOW,
    articleSlug: 'xiangcun',
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('nothing to export', () => {
  it('refuses an empty selection with a clear message and writes no file', async () => {
    const dir = fresh('empty');
    const input = { deckName: 'zhcards::空', words: [], sentences: [], templates: ['recognition' as const], now: NOW, articleSlug: 'x' };
    expect(() => buildDeckPlan(input)).toThrow(InputError);
    expect(() => buildDeckPlan(input)).toThrow('Nothing to export: no words or sentences were selected.');
    const empty: DeckPlan = { ...plan, notes: [], cardCount: 0 };
    await expect(writeApkg(empty, join(dir, 'x.apkg'))).rejects.toThrow(/Nothing to export/);
    await expect(writeTsv(empty, join(dir, 'x.tsv'))).rejects.toThrow(/Nothing to export/);
    await expect(writePleco([], join(dir, 'x.txt'), { deckName: 'x' })).rejects.toThrow(/Nothing to export/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses words without any card type, and unknown card types', () => {
    const base = { deckName: 'zhcards::x', words: [ZAITI], now: NOW, articleSlug: 'x' };
    expect(() => buildDeckPlan({ ...base, templates: [] })).toThrow(UsageError);
    expect(() => buildDeckPlan({ ...base, templates: ['cloze' as 'recognition'] })).toThrow(/Unknown card type "cloze"/);
  });
});

describe('where the file may go', () => {
  it('creates the output folder when it is missing', async () => {
    const out = join(root, 'new', 'nested', 'deck.apkg');
    await writeApkg(plan, out);
    expect(existsSync(out)).toBe(true);
  });

  it('reports a clear error when the output folder cannot be created or written', async () => {
    const dir = fresh('blocked');
    writeFileSync(join(dir, 'decks'), 'a file where the folder should be');
    const err = await writeApkg(plan, join(dir, 'decks', 'x.apkg')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`Cannot create the output folder ${join(dir, 'decks')}: a file is in the way.`);
    const below = await writeApkg(plan, join(dir, 'decks', 'sub', 'x.apkg')).catch((e: unknown) => e);
    expect((below as Error).message).toMatch(/^Cannot create the output folder .*: part of the path is a file, not a folder\.$/);
    expect(readdirSync(dir)).toEqual(['decks']);
  });

  it('reports a read-only folder as an InputError', async (ctx) => {
    const dir = fresh('readonly');
    // Root ignores permission bits; the immutable attribute stops root too.
    const asRoot = process.getuid?.() === 0;
    try {
      if (asRoot) execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
      else chmodSync(dir, 0o555);
    } catch {
      ctx.skip('cannot make a folder read-only for root on this file system');
    }
    try {
      const err = await writeApkg(plan, join(dir, 'x.apkg')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toBe(`Cannot write to ${dir}: permission denied.`);
    } finally {
      if (asRoot) execFileSync('chattr', ['-i', dir]);
      else chmodSync(dir, 0o755);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('never clobbering', () => {
  it('does not overwrite a file that is not a zhcards deck, and leaves no temporary file', async () => {
    const dir = fresh('clobber');
    const target = join(dir, 'notes.apkg');
    writeFileSync(target, 'my own notes');
    const err = await writeApkg(plan, target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/notes\.apkg already exists and is not an Anki deck written by zhcards/);
    expect(readFileSync(target, 'utf8')).toBe('my own notes');
    expect(leftovers(dir)).toEqual([]);
  });

  it('does not overwrite other Anki packages, even one holding our note types', async () => {
    const dir = fresh('foreign');
    const ours = await openApkg((await writeApkg(plan, join(dir, 'ours.apkg'))).path);
    const variants = {
      // A deck of the user's own (Basic note type).
      'basic.apkg': `UPDATE col SET models = '{"1342697561419": {"name": "Basic"}}', conf = '{}'`,
      // The user's own export from Anki of their zhcards notes, with scheduling: not ours to replace.
      'exported.apkg': `UPDATE col SET conf = '{"curDeck": 1}'`,
    };
    for (const [name, sql] of Object.entries(variants)) {
      const copy = new Database(ours.db.serialize());
      copy.exec(sql);
      const zip = new JSZip();
      zip.file('collection.anki2', copy.serialize());
      zip.file('media', '{}');
      copy.close();
      const target = join(dir, name);
      writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer' }));
      const before = readFileSync(target);
      await expect(writeApkg(plan, target)).rejects.toThrow(/already exists and is not an Anki deck written by zhcards/);
      expect(readFileSync(target).equals(before)).toBe(true);
    }
    ours.db.close();
    expect(leftovers(dir)).toEqual([]);
  });

  it('replaces its own earlier deck, and anything with force', async () => {
    const dir = fresh('replace');
    const target = join(dir, 'deck.apkg');
    await writeApkg(plan, target);
    const later = buildDeckPlan({ deckName: 'zhcards::乡村振兴调查', words: [ZAITI], templates: ['recognition'], now: NOW, articleSlug: 'x' });
    await writeApkg(later, target);
    const reopened = await openApkg(target);
    expect((reopened.db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n).toBe(1);
    reopened.db.close();

    writeFileSync(target, 'not a deck');
    await writeApkg(later, target, { force: true });
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });

  it('fails cleanly when the target is a folder, removing its temporary file', async () => {
    const dir = fresh('folder');
    mkdirSync(join(dir, 'deck.apkg'));
    await expect(writeApkg(plan, join(dir, 'deck.apkg'), { force: true })).rejects.toThrow(/it is a folder/);
    expect(readdirSync(dir)).toEqual(['deck.apkg']);
  });
});

describe('TSV for Anki text import', () => {
  it('writes the header Anki reads and one row per note with the same GUIDs', async () => {
    const dir = fresh('tsv');
    const result = await writeTsv(plan, join(dir, 'deck.tsv'));
    expect(result.files).toEqual([join(dir, 'deck.tsv'), join(dir, 'deck.sentences.tsv')]);
    // Text import creates the cards whose switch field is filled: the chosen 2 per word, 1 per sentence.
    expect(result).toMatchObject({ notes: 4, cards: 3 * 2 + 1 });
    const lines = readFileSync(join(dir, 'deck.tsv'), 'utf8').trimEnd().split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:zhcards Word',
      '#deck:zhcards::乡村振兴调查',
      '#columns:Hanzi\tTraditional\tPinyin\tPinyinNumbered\tColor\tEnglish\tClassifier\tHSK\tFrequency\tSentence\tSentencePinyin\tSentenceRuby\tSource\tNotes' +
        '\tSentenceCloze\tMakeRecognition\tMakeProduction\tMakeListening\tTags\tGUID',
      '#tags column:19',
      '#guid column:20',
    ]);
    const rows = lines.slice(7).map((l) => l.split('\t'));
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(20);
    expect(rows.map((r) => r[19])).toEqual(plan.notes.slice(0, 3).map((n) => n.guid));
    expect(rows[0]!.slice(15, 18)).toEqual(['y', 'y', '']);
    expect(rows[0]![0]).toBe('载体');
    expect(rows[0]![4]).toBe('"<span class=""tone4"">载</span><span class=""tone3"">体</span>"');
    expect(rows[0]![18]).toBe('zhcards hsk::6 src::xiangcun');

    const sentences = readFileSync(join(dir, 'deck.sentences.tsv'), 'utf8').split('\n');
    expect(sentences[2]).toBe('#notetype:zhcards Sentence');
    expect(sentences[7]!.split('\t').at(-1)).toBe(plan.notes[3]!.guid);
  });

  it('replaces its own TSV but not a foreign text file', async () => {
    const dir = fresh('tsv-clobber');
    await writeTsv(plan, join(dir, 'deck.tsv'));
    await writeTsv(plan, join(dir, 'deck.tsv'));
    writeFileSync(join(dir, 'mine.tsv'), 'word\tmeaning\n');
    await expect(writeTsv(plan, join(dir, 'mine.tsv'))).rejects.toThrow(/is not a TSV file written by zhcards/);
    expect(readFileSync(join(dir, 'mine.tsv'), 'utf8')).toBe('word\tmeaning\n');
  });
});

describe('Pleco flashcards', () => {
  it('writes a category line and simplified[traditional], numbered pinyin, definitions', async () => {
    const dir = fresh('pleco');
    const result = await writePleco([ZAITI, DIAOYAN, ZAITI, { ...XIANGCUN, traditional: '乡村' }], join(dir, 'deck.txt'), {
      deckName: 'zhcards::乡村/振兴',
    });
    expect(result).toMatchObject({ notes: 3, cards: 3 });
    expect(readFileSync(join(dir, 'deck.txt'), 'utf8')).toBe(
      '//zhcards/乡村-振兴\n' +
        '载体[載體]\tzai4ti3\tcarrier (chemistry); vector (computing); medium; vehicle (of ideas)\n' +
        '调研[調研]\tdiao4yan2\tto investigate; to do research\n' +
        '乡村\txiang1cun1\trustic; village; countryside\n',
    );
  });

  it('writes ü as the letter and cuts long definitions at a sense', async () => {
    const { plecoDefinition, plecoLine, plecoPinyin } = await import('../../src/anki/pleco.js');
    expect(plecoPinyin('lu:4 se4')).toBe('lü4se4');
    expect(plecoPinyin('nv3 ren2')).toBe('nü3ren2');
    expect(plecoPinyin('Lu:3 Xun4')).toBe('Lü3Xun4');
    const senses = ['green', 'environmentally friendly', 'eco-friendly', 'green (political party)', 'the color green', 'verdant'];
    const line = plecoDefinition(senses);
    expect(line).toBe('green; environmentally friendly; eco-friendly; green (political party)');
    expect(line.length).toBeLessThanOrEqual(80);
    expect(plecoDefinition(['x'.repeat(120)])).toBe(`${'x'.repeat(79)}…`);
    expect(plecoLine({ ...ZAITI, simplified: '绿色', traditional: '綠色', pinyinNumbered: 'lu:4 se4', definitions: senses })).toBe(
      '绿色[綠色]\tlü4se4\tgreen; environmentally friendly; eco-friendly; green (political party)',
    );
  });
});
