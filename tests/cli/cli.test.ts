// The real binary, end to end: the few things only a separate process shows (stdin, exit
// codes, JSON on a pipe, the terminal check). Everything else runs in-process (commands.test.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, expectOneLineError, spawnZhcards, tempDir, tempHome } from './helpers.js';

describe('the zhcards binary', () => {
  it('analyze --json prints exactly one JSON object with the documented shape', () => {
    const r = spawnZhcards(['analyze', article, '--json', '--level', '4'], { home: tempHome() });
    expect(r.code, r.err).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.level).toBe(4);
    expect(Object.keys(a.stats)).toEqual(expect.arrayContaining(['tokens', 'wordTokens', 'uniqueWords', 'hardWords', 'coverage', 'estimatedLevel']));
    expect(Object.keys(a.stats.coverage)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(a.sentences[0].tokens[0]).toEqual({ text: expect.any(String), pinyin: expect.any(String), kind: expect.any(String) });
    const v = a.vocab[0];
    for (const k of ['word', 'traditional', 'pinyin', 'definitions', 'level', 'levelEstimated', 'frequencyRank', 'count', 'hard', 'examples']) expect(v).toHaveProperty(k);
    expect(a.vocab.filter((x: { hard: boolean }) => x.hard).length).toBe(a.stats.hardWords);
    expect(a.studySentences.every((s: { index: number; targets: string[] }) => Number.isInteger(s.index) && s.targets.length > 0)).toBe(true);
  }, 60_000);

  it('reads stdin and prints an aligned table without colour; --no-db creates no database', () => {
    const home = tempHome();
    const r = spawnZhcards(['analyze', '-', '--limit', '5', '--no-db'], { home, input: '高铁网络的不断完善，缩短了城市之间的距离，也促进了沿线地区的旅游和经济发展。' });
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toMatch(/\x1b\[/);
    expect(r.out).toMatch(/word\s+pinyin\s+HSK\s+n\s+meaning/);
    expect(r.out).toMatch(/Estimated article level/);
    expect(existsSync(home)).toBe(false);
  }, 60_000);

  // Each spawn can take seconds on a loaded machine when the sources run through tsx.
  it('a missing file: one line, exit 1, no stack trace', () => {
    expectOneLineError(spawnZhcards(['analyze', join(tempDir(), 'missing.txt')], { home: tempHome() }), 1, /missing\.txt/);
  }, 60_000);

  it('the app without a terminal says so instead of crashing, also for stdin', () => {
    const home = tempHome();
    expectOneLineError(spawnZhcards([article], { home }), 2, /needs a terminal/);
    expectOneLineError(spawnZhcards(['-'], { home, input: '中文' }), 2, /analyze -/);
  }, 60_000);
});
