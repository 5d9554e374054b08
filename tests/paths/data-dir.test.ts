import { describe, expect, it } from 'vitest';
import { databasePath, dataDir } from '../../src/paths/index.js';

describe('the learner data folder', () => {
  it('is ZHCARDS_HOME when set, on every platform', () => {
    expect(dataDir({ ZHCARDS_HOME: '/tmp/zh' }, 'linux', '/home/a')).toBe('/tmp/zh');
    expect(databasePath({ ZHCARDS_HOME: '/tmp/zh' }, 'darwin', '/Users/a')).toBe('/tmp/zh/zhcards.db');
  });

  it('follows XDG_DATA_HOME on Linux, else ~/.local/share; a relative XDG path is ignored', () => {
    expect(dataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/a')).toBe('/data/zhcards');
    expect(dataDir({}, 'linux', '/home/a')).toBe('/home/a/.local/share/zhcards');
    expect(dataDir({ XDG_DATA_HOME: 'rel/dir' }, 'linux', '/home/a')).toBe('/home/a/.local/share/zhcards');
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(dataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/zhcards');
    expect(dataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toMatch(/Roaming.zhcards$/);
  });
});
