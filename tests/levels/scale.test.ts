import { describe, expect, it } from 'vitest';
import {
  HSK2,
  beyondLevel,
  clampLevel,
  isBeyond,
  levelDescription,
  levelLabel,
  levelName,
  levelTag,
  numberedScale,
  scaleLevels,
  topLevel,
} from '../../src/levels/index.js';

describe('level scale', () => {
  it('HSK 2.0 has levels 1–6 and 7 beyond', () => {
    expect(scaleLevels()).toEqual([1, 2, 3, 4, 5, 6]);
    expect([topLevel(), beyondLevel()]).toEqual([6, 7]);
    expect([isBeyond(6), isBeyond(7), isBeyond(null), isBeyond(0)]).toEqual([false, true, true, true]);
    expect([clampLevel(0), clampLevel(9), clampLevel(4)]).toEqual([1, 6, 4]);
  });

  it('names levels the way the table, the app and the cards show them', () => {
    expect([levelName(3), levelName(7)]).toEqual(['HSK 3', 'beyond HSK 6']);
    expect(levelLabel({ level: 5, levelEstimated: false })).toBe('5');
    expect(levelLabel({ level: 6, levelEstimated: true })).toBe('~6');
    expect(levelLabel({ level: 7, levelEstimated: true })).toBe('~7+');
    expect(levelLabel({ level: null, levelEstimated: false })).toBe('?');
    expect(levelDescription({ level: 6, levelEstimated: true }, HSK2)).toBe('~HSK 6 (estimated)');
    expect(levelDescription({ level: 7, levelEstimated: false })).toBe('beyond HSK');
    expect([levelTag(2), levelTag(null)]).toEqual(['hsk::2', 'hsk::beyond']);
  });

  it('a second system is data: a 7-level scale moves "beyond" with it', () => {
    const hsk3 = numberedScale('hsk3', 'HSK 3.0', 'HSK', 7);
    expect(beyondLevel(hsk3)).toBe(8);
    expect(levelName(7, hsk3)).toBe('HSK 7');
    expect(levelName(8, hsk3)).toBe('beyond HSK 7');
    expect(levelLabel({ level: 8, levelEstimated: false }, hsk3)).toBe('8+');
    expect(levelTag(7, hsk3)).toBe('hsk::7');
  });
});
