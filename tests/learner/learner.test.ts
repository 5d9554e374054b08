import { describe, expect, it } from 'vitest';
import { choosePreferences, recordOpenedArticles, settingsToRemember, simplifiedKey } from '../../src/learner/index.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { openMemoryDatabase, recentArticles } from '../../src/storage/index.js';

const NOW = new Date('2026-11-30T08:00:00Z');

describe('preferences', () => {
  it('given beats saved beats default, per setting', () => {
    expect(choosePreferences({ level: null, sort: null }, {})).toEqual({ level: 3, levels: 'hsk2', sort: 'useful', cardKinds: ['recognition', 'production'] });
    expect(choosePreferences({ level: 2, sort: null }, { level: 5, sort: 'level', cardKinds: ['listening'] })).toEqual({ level: 2, levels: 'hsk2', sort: 'level', cardKinds: ['listening'] });
  });

  it('a saved level belongs to its level system', () => {
    const saved = { level: 6, levelSystem: 'hsk3' };
    expect(choosePreferences({ level: null, sort: null }, saved)).toMatchObject({ level: 6, levels: 'hsk3' });
    // Switching system does not carry an HSK 3.0 level over to HSK 2.0.
    expect(choosePreferences({ level: null, sort: null, levels: 'hsk2' }, saved)).toMatchObject({ level: 3, levels: 'hsk2' });
    expect(settingsToRemember({ level: null, sort: null, levels: 'freq' }, { levels: 'freq', level: 3 })).toEqual({ levelSystem: 'freq', level: 3 });
    expect(settingsToRemember({ level: 5, sort: null }, { levels: 'hsk3', level: 5 })).toEqual({ level: 5, levelSystem: 'hsk3' });
  });

  it('only explicit choices are saved', () => {
    expect(settingsToRemember({ level: null, sort: null, cardKinds: null })).toEqual({});
    expect(settingsToRemember({ level: 4, sort: null, cardKinds: ['recognition'] })).toEqual({ level: 4, levelSystem: 'hsk2', cardKinds: ['recognition'] });
  });
});

describe('simplifiedKey', () => {
  it('stores a traditional-only form as simplified and leaves everything else alone', () => {
    const lx = loadLexicon();
    expect(simplifiedKey('設計', lx)).toBe('设计');
    expect(simplifiedKey('设计', lx)).toBe('设计');
    // 乾 is a simplified word in its own right (乾坤), so it is not turned into 干.
    expect(simplifiedKey('乾', lx)).toBe('乾');
    expect(simplifiedKey(' xyzzy ', lx)).toBe('xyzzy');
  });
});

describe('recordOpenedArticles', () => {
  it('records files by absolute path and skips stdin', () => {
    const db = openMemoryDatabase();
    const para = (text: string) => [{ text, kind: 'body' as const }];
    const n = recordOpenedArticles(db, [{ source: 'a/news.txt', title: '新闻', paragraphs: para('一') }, { source: '-', title: 'stdin', paragraphs: para('二') }], '/home/x', NOW);
    expect(n).toBe(1);
    expect(recentArticles(db).map((a) => a.path)).toEqual(['/home/x/a/news.txt']);
  });
});
