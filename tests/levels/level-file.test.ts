// Level lists a learner brings (CSV/TSV, header or not) and the level systems built on them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FREQ_SYSTEM, HSK2_SYSTEM, HSK3_FROM_HSK2, HSK3_SCALE, calibrateFromHsk2, chooseLevelSystem, fileSystem, hsk30Pairs, hsk30Path, parseLevelList } from '../../src/levels/index.js';
import { loadLexicon } from '../../src/lexicon/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const temp = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), 'zhcards-levels-')), name);
  writeFileSync(path, text);
  return path;
};

describe('level list files', () => {
  it('reads the shipped HSK 3.0 CSV as any list: header found, variants, optional parts, the 7-9 band', () => {
    const list = parseLevelList(readFileSync(hsk30Path(ROOT), 'utf8'));
    expect([list.levels.get('爸爸'), list.levels.get('爸'), list.levels.get('有点儿'), list.levels.get('有一点儿')]).toEqual([1, 1, 2, 2]);
    expect(list.cells.get(7)).toBe('7-9');
    expect(list.levels.size).toBeGreaterThan(10_000);
  });

  it('a TSV without header, `HSK3` cells, traditional forms and duplicates at different levels', () => {
    const list = parseLevelList('\uFEFF學習\tHSK1\r\n高铁\tHSK4\r\n爸爸|爸\t1\r\n高铁\t3\r\n# comment\r\nhello\t2\r\n');
    expect(Object.fromEntries(list.levels)).toEqual({ 學習: 1, 高铁: 3, 爸爸: 1, 爸: 1 });
    expect(list.skipped).toBe(1);
  });

  it('a header names the columns even when another column looks like levels (an ID, a rank)', () => {
    const list = parseLevelList('rank;word;level\n1;的;1\n2;高铁;4\n');
    expect(Object.fromEntries(list.levels)).toEqual({ 的: 1, 高铁: 4 });
    expect(() => parseLevelList('only,english\nhello,world\n')).toThrow(/no column/);
  });

  it('a file system: traditional forms found under their simplified key, estimates placed on the list scale', () => {
    const lx = loadLexicon();
    const path = temp('my course.tsv', '學習\t1\n设计\t2\n机制\t3\n');
    const sys = fileSystem(path, lx);
    expect(sys.scale.names).toEqual(['my course 1', 'my course 2', 'my course 3']);
    expect(sys.levelOf('学习', { level: 1, estimated: false, combinedRank: 100 })).toEqual({ level: 1, estimated: false });
    // Not on the list: its HSK 2.0 level is placed by the calibration; beyond HSK 6 is beyond the list.
    expect(sys.levelOf('载体', { level: 7, estimated: true, combinedRank: 20_000 })).toEqual({ level: 4, estimated: true });
    expect(sys.counts()).toEqual([1, 1, 1]);
    expect(() => fileSystem(join(tmpdir(), 'no-such-list.csv'), lx)).toThrow(/no such file/);
  });

  it('HSK 3.0 system: official where listed, the 7–9 band as 7, beyond as 8; HSK 2.0 passes through', () => {
    const lx = loadLexicon();
    const hsk3 = chooseLevelSystem('hsk3', lx, ROOT);
    expect(hsk3.scale.names.at(-1)).toBe('HSK3 7–9');
    expect(hsk3.levelOf('爸爸', { level: 1, estimated: false, combinedRank: 500 })).toEqual({ level: 1, estimated: false });
    expect(hsk3.levelOf('xx不在', { level: 7, estimated: true, combinedRank: null })).toEqual({ level: 8, estimated: true });
    expect(HSK2_SYSTEM.levelOf('x', { level: 5, estimated: true, combinedRank: 3 })).toEqual({ level: 5, estimated: true });
    // The constant mapping is the calibration on the shipped list.
    expect(calibrateFromHsk2(hsk30Pairs(lx, ROOT), HSK3_SCALE)).toEqual([...HSK3_FROM_HSK2]);
    const counts = hsk3.counts()!;
    expect(counts).toHaveLength(7);
    expect(counts[6]).toBeGreaterThan(counts[0]!);
  });

  it('frequency bands by corpus rank; a word no corpus ranks is placed from its HSK level', () => {
    const at = (rank: number | null, level = 6) => FREQ_SYSTEM.levelOf('x', { level, estimated: true, combinedRank: rank }).level;
    expect([at(1), at(1000), at(1001), at(3500), at(12_000), at(12_001)]).toEqual([1, 1, 2, 3, 6, 7]);
    expect([at(null, 2), at(null, 6), at(null, 7)]).toEqual([1, 4, 7]);
    expect(FREQ_SYSTEM.scale.names).toEqual(['F1k', 'F2k', 'F3.5k', 'F5k', 'F8k', 'F12k']);
  });

  it('calibration: median list level per HSK 2.0 level, never decreasing, gaps filled', () => {
    const scale = { id: 'x', title: 'x', prefix: 'x', tag: 'x', names: ['1', '2', '3', '4'] };
    expect(calibrateFromHsk2([[1, 1], [1, 2], [1, 1], [3, 3], [4, 2], [6, 4]], scale)).toEqual([0, 1, 1, 3, 3, 3, 4, 5]);
  });
});
