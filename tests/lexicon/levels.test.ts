import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLevels, corpusHsk30 } from '../../scripts/corpus/levels.js';
import { combinedRank, estimateLevel, loadLexicon, wordLevel, type Lexicon } from '../../src/lexicon/index.js';

let lx: Lexicon;
let dir: string;
beforeAll(() => {
  lx = loadLexicon();
  dir = mkdtempSync(join(tmpdir(), 'zhcards-levels-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('wordLevel', () => {
  it('uses the official HSK 2.0 level when listed', () => {
    expect(wordLevel('爱', lx)).toMatchObject({ level: 1, estimated: false, source: 'hsk2' });
    expect(wordLevel('环境', lx)).toMatchObject({ level: 3, estimated: false, frequencyRank: lx.movieRank('环境') });
  });

  it('finds the official level of a traditional word through its simplified form', () => {
    expect(wordLevel('環境', lx)).toMatchObject({ level: 3, estimated: false });
    expect(wordLevel('環境', lx).frequencyRank).toBe(wordLevel('环境', lx).frequencyRank);
  });

  it('estimates unlisted words from spoken-weighted frequency: 机制 is not an easy word', () => {
    const jizhi = wordLevel('机制', lx);
    expect(jizhi.estimated).toBe(true);
    expect(jizhi.level).toBeGreaterThanOrEqual(5);
    expect(jizhi.frequencyRank).toBe(lx.movieRank('机制'));
    expect(wordLevel('機制', lx)).toEqual(jizhi);
    expect(wordLevel('载体', lx)).toMatchObject({ level: 7, estimated: true });
  });

  it('rates a dictionary word in neither corpus nor list beyond HSK 6, and a non-word as unknown', () => {
    expect(lx.bookRank('微信')).toBeNull();
    expect(wordLevel('微信', lx, { hsk3: false })).toMatchObject({ level: 7, estimated: true, frequencyRank: null, source: 'none' });
    expect(wordLevel('科研院所', lx)).toEqual({ level: null, estimated: false, source: 'none', frequencyRank: null, combinedRank: null });
  });

  it('places HSK 3.0 words that HSK 2.0 lacks on the HSK 2.0 scale, and can leave the list out', () => {
    expect(lx.hsk3Level('微信')).toBe(4);
    expect(wordLevel('微信', lx)).toMatchObject({ level: 5, estimated: true, source: 'hsk3' });
    expect(lx.hsk3Level('载体')).toBe(7);
    expect(wordLevel('载体', lx)).toMatchObject({ level: 7, source: 'hsk3' });
    expect(wordLevel('爱', lx, { hsk3: false }).source).toBe('hsk2');
  });

  it('blends ranks toward the subtitle corpus and cuts at increasing boundaries', () => {
    const floor = { book: 80_000, movie: 70_000 };
    const r = combinedRank(1_000, 12_000, floor)!;
    expect(r).toBeGreaterThan(Math.sqrt(1_000 * 12_000));
    expect(r).toBeLessThan(12_000);
    expect(combinedRank(null, null, floor)).toBeNull();
    expect(combinedRank(null, 500, floor)!).toBeGreaterThan(500);
    const b = [100, 200, 400, 800, 1600, 3200];
    expect([1, 100, 101, 3200, 3201].map((x) => estimateLevel(x, b))).toEqual([1, 1, 2, 6, 7]);
    expect(estimateLevel(null, b)).toBe(7);
    expect(lx.levelBoundaries.chars).toHaveLength(6);
    expect(lx.levelBoundaries.words).toHaveLength(6);
    // An HSK 4 character is more frequent than an HSK 4 two-character word.
    expect(lx.levelBoundaries.chars[3]!).toBeLessThan(lx.levelBoundaries.words[3]!);
  });
});

describe('HSK 3.0 calibration check', () => {
  const csv = [
    'ID,Simplified,Traditional,Pinyin,POS,Level,WebNo,WebPinyin,OCR,Variants,CEDICT',
    'L1-0001,爱,愛,ài,V,1,18,ài,爱,,愛|爱[ai4]',
    'L1-0004,爸爸|爸,爸爸|爸,bàba|bà,N,1,83,bàba|bà,爸爸｜爸,"[{""Simplified"": ""爸爸"", ""Pinyin"": ""bàba""}, {""Simplified"": ""爸"", ""Pinyin"": ""bà""}]",爸爸|爸爸[ba4 ba5]',
    'L5-0355,机制,機制,jīzhì,N,5,1,jīzhì,机制,,機制|机制[ji1 zhi4]',
    'L7-5192,载体,載體,zàitǐ,N,7-9,1,zàitǐ,载体,,載體|载体[zai4 ti3]',
    '',
  ].join('\n');

  it('reads variant forms and the 7-9 band', () => {
    mkdirSync(join(dir, 'hsk'), { recursive: true });
    writeFileSync(join(dir, 'hsk', 'hsk30.csv'), csv);
    expect([...corpusHsk30(dir)!]).toEqual([
      ['爱', 1],
      ['爸爸', 1],
      ['爸', 1],
      ['机制', 5],
      ['载体', 7],
    ]);
  });

  it('scores only words outside HSK 2.0', async () => {
    const r = await checkLevels(dir, lx);
    expect(r.skipped).toBeUndefined();
    expect(r.overall.words).toBe(3);
    expect(r.byLevel['7']).toMatchObject({ words: 1, exact: 1 });
    expect(r.medianSubtitleRank.hsk2['4']).toBeGreaterThan(1000);
    expect(r.medianSubtitleRank.hsk2['4']).toBeLessThan(2500);
  });

  it('skips cleanly without a corpus', async () => {
    expect((await checkLevels(join(dir, 'absent'), lx)).skipped).toBe(true);
  });
});
