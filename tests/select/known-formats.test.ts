// Known-word files in the shapes learners export them: Anki notes, Pleco flashcards, CSV, plain lists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanField, detectKnownFormat, parseKnownFile } from '../../src/select/index.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'known-import', name), 'utf8');
const words = (text: string, ...args: Parameters<typeof parseKnownFile> extends [string, ...infer R] ? R : never) => parseKnownFile(text, ...args).entries.map((e) => e.word);

describe('known-word import formats', () => {
  it('detects each format from its shape', () => {
    expect(detectKnownFormat(fixture('anki-notes.txt'))).toBe('anki');
    expect(detectKnownFormat(fixture('pleco.txt'))).toBe('pleco');
    expect(detectKnownFormat(fixture('with-header.csv'))).toBe('csv');
    expect(detectKnownFormat(fixture('german-header.csv'))).toBe('csv');
    expect(detectKnownFormat('高铁\n设计\n')).toBe('list');
    // A plain list whose first line happens to have pinyin after a tab is not taken for Pleco without its shape.
    expect(detectKnownFormat('高铁\tgāo tiě\n设计,shè jì\n春运[春運]\n')).toBe('list');
  });

  it('cleans Anki fields: HTML, entities, ruby readings, sound tags', () => {
    expect(cleanField(' 设[shè]计[jì]')).toBe('设计');
    expect(cleanField('<span style="color: red">學習</span>&nbsp;[sound:x.mp3]')).toBe('學習');
    expect(cleanField('<div>高<b>铁</b></div>')).toBe('高铁');
    expect(cleanField('&#39640;&#38081;')).toBe('高铁');
  });

  it('Anki notes: the Hanzi field is found past note type and deck columns named in the header; duplicates and English kept apart', () => {
    const parsed = parseKnownFile(fixture('anki-notes.txt'));
    expect(parsed.entries.map((e) => e.word)).toEqual(['高铁', '设计', '學習', '高铁']);
    expect(parsed.unrecognised).toEqual(['WiFi']);
    // --field picks a column explicitly (1-based): the deck column holds 汉语 on every row.
    expect(words(fixture('anki-notes.txt'), 'anki', 2)).toEqual(['汉语', '汉语', '汉语', '汉语', '汉语']);
    expect(words(fixture('anki-notes.txt'), 'anki', 5)).toEqual([]);
  });

  it('Pleco flashcards: 简[繁] heads, // category lines skipped, BOM and CRLF', () => {
    const parsed = parseKnownFile(fixture('pleco.txt'));
    expect(parsed.entries).toEqual([{ word: '高铁' }, { word: '设计' }, { word: '学习', alternate: '學習' }, { word: '高铁' }]);
    expect(parsed.unrecognised).toEqual([]);
  });

  it('CSV: the word column by header name, or the Chinese column under a foreign header', () => {
    const parsed = parseKnownFile(fixture('with-header.csv'));
    expect(parsed.entries.map((e) => e.word)).toEqual(['高铁', '设计', '學習', '高铁']);
    expect(parsed.unrecognised).toEqual(['hello']);
    expect(words(fixture('german-header.csv'))).toEqual(['高铁', '设计']);
  });

  it('a plain list keeps its old reading; non-Chinese lines are unrecognised', () => {
    const parsed = parseKnownFile('\uFEFF# mine\r\n高铁\r\nxyzzy\r\n春运[春運]\r\n');
    expect(parsed.entries).toEqual([{ word: '高铁' }, { word: '春运', alternate: '春運' }]);
    expect(parsed.unrecognised).toEqual(['xyzzy']);
  });
});
