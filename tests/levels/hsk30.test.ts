import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HSK3_ON_HSK2, parseCsv, parseHsk30, parseLevelCell, readHsk30, wordForms } from '../../src/levels/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and newlines; CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,c","say ""hi""\nthere"\r\nd,,e\n')).toEqual([
      ['a', 'b,c', 'say "hi"\nthere'],
      ['d', '', 'e'],
    ]);
  });
});

describe('level lists', () => {
  it('reads level cells: numbers, HSK prefixes and bands', () => {
    expect(['3', 'HSK3', 'HSK 5', 'L2', '7-9', '7–9', 'x', ''].map(parseLevelCell)).toEqual([3, 3, 5, 2, 7, 7, null, null]);
  });

  it('reads word cells: variants, optional parts, sense numbers, slot marks', () => {
    expect(wordForms('爸爸|爸')).toEqual(['爸爸', '爸']);
    expect(wordForms('有（一）点儿')).toEqual(['有一点儿', '有点儿']);
    expect(wordForms('称1')).toEqual(['称']);
    expect(wordForms('…极了')).toEqual(['极了']);
    expect(wordForms('爸爸｜爸')).toEqual(['爸爸', '爸']);
    expect(wordForms('WiFi')).toEqual([]);
  });
});

describe('HSK 3.0 list', () => {
  // Rows shaped like the real file: JSON Variants with doubled quotes, affixes with examples.
  const csv = [
    'ID,Simplified,Traditional,Pinyin,POS,Level,WebNo,WebPinyin,OCR,Variants,CEDICT',
    'L1-0004,爸爸|爸,爸爸|爸,bàba|bà,N,1,83,bàba|bà,爸爸｜爸,"[{""Simplified"": ""爸爸"", ""POS"": ""N""}, {""Simplified"": ""爸"", ""POS"": ""N""}]",爸爸|爸爸[ba4 ba5]',
    'L1-0241,们（朋友们）,們（朋友們）,men,Suffix,1,5517,men,们,"[{""Simplified"": ""们"", ""POS"": ""Suffix""}, {""Simplified"": ""朋友们"", ""POS"": ""N"", ""Example"": ""1""}]",們|们[men5]',
    'L2-0001,有（一）点儿,有（一）點兒,yǒu(yì)diǎnr,Adv,2,1,x,x,,有點兒|有点儿[you3 dian3 r5]',
    'L3-0318,…极了,…極了,…jí le,,3,3739,…jí le,…极了,"[{""Simplified"": ""极了"", ""POS"": ""Suffix""}]",極了|极了[ji2 le5]',
    'L4-0001,称1,稱1,chēng,V,4,1,chēng,称,,稱|称[cheng1]',
    'L5-0002,爸,爸,bà,N,5,1,bà,爸,,爸|爸[ba4]',
    'L7-5192,载体,載體,zàitǐ,N,7-9,1,zàitǐ,载体,,載體|载体[zai4 ti3]',
    '',
  ].join('\r\n');

  it('lists each clean form at its lowest level; affixes only through their examples', () => {
    expect(Object.fromEntries(parseHsk30(csv))).toEqual({ 爸爸: 1, 爸: 1, 朋友们: 1, 有一点儿: 2, 有点儿: 2, 称: 4, 载体: 7 });
  });

  it('refuses a file without the columns it needs', () => {
    expect(() => parseHsk30('word,band\n爸,1\n')).toThrow(/Simplified/);
  });

  it('the shipped list is the MIT-licensed HSK 3.0 file with its 11,092 terms', () => {
    expect(readFileSync(join(ROOT, 'data', 'hsk30', 'LICENSE-hsk30.txt'), 'utf8')).toMatch(/MIT License/);
    const levels = readHsk30(ROOT);
    expect(levels.size).toBeGreaterThan(10_900);
    expect([levels.get('爸'), levels.get('有点儿'), levels.get('载体'), levels.get('们')]).toEqual([1, 2, 7, undefined]);
  });

  it('maps every HSK 3.0 level onto the HSK 2.0 scale, never downwards past 1–3 vs 5–9', () => {
    expect(HSK3_ON_HSK2.slice(1)).toHaveLength(7);
    expect(HSK3_ON_HSK2.slice(1, 4).every((l) => l <= 4)).toBe(true);
    expect(HSK3_ON_HSK2.slice(5).every((l) => l >= 5)).toBe(true);
    expect(HSK3_ON_HSK2[7]).toBe(7);
  });
});
