import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'zhcards.js');
const article = join(root, 'articles', '02-high-speed-rail.txt');

// The learner database goes to a temporary folder, never the tester's own.
const home = mkdtempSync(join(tmpdir(), 'zhcards-home-'));

function zhcards(args: string[], input?: string) {
  const env = { ...process.env, NO_COLOR: '1', ZHCARDS_HOME: home };
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function expectOneLineError(r: ReturnType<typeof zhcards>, code: number, pattern: RegExp) {
  expect(r.code).toBe(code);
  expect(r.out).toBe('');
  const lines = r.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^zhcards: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('zhcards analyze', () => {
  it('--json prints exactly one JSON object with the documented shape', () => {
    const r = zhcards(['analyze', article, '--json', '--level', '4']);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out);
    expect(a.level).toBe(4);
    expect(Object.keys(a.stats)).toEqual(expect.arrayContaining(['tokens', 'wordTokens', 'uniqueWords', 'hardWords', 'coverage', 'estimatedLevel']));
    expect(Object.keys(a.stats.coverage)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(a.sentences[0].tokens[0]).toEqual({ text: expect.any(String), pinyin: expect.any(String), kind: expect.any(String) });
    const v = a.vocab[0];
    for (const k of ['word', 'traditional', 'pinyin', 'definitions', 'level', 'levelEstimated', 'frequencyRank', 'count', 'hard', 'examples']) expect(v).toHaveProperty(k);
    expect(a.vocab.filter((x: { hard: boolean }) => x.hard).length).toBe(a.stats.hardWords);
    expect(a.studySentences.every((s: { index: number; targets: string[] }) => Number.isInteger(s.index) && s.targets.length > 0)).toBe(true);
  });

  it('reads stdin and prints an aligned table without colour when asked not to', () => {
    const r = zhcards(['analyze', '-', '--limit', '5'], '高铁网络的不断完善，缩短了城市之间的距离，也促进了沿线地区的旅游和经济发展。');
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/\x1b\[/);
    expect(r.out).toMatch(/word\s+pinyin\s+HSK\s+n\s+meaning/);
    expect(r.out).toMatch(/Estimated article level/);
  });

  it('bad input: one line, non-zero exit, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhcards-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'english.txt'), 'Only English here.\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
    const emptyDir = mkdtempSync(join(tmpdir(), 'zhcards-cli-empty-'));
    expectOneLineError(zhcards(['analyze', join(dir, 'missing.txt')]), 1, /missing\.txt/);
    expectOneLineError(zhcards(['analyze', join(dir, 'empty.txt')]), 1, /empty/i);
    expectOneLineError(zhcards(['analyze', join(dir, 'english.txt')]), 1, /Chinese/);
    expectOneLineError(zhcards(['analyze', join(dir, 'binary.txt')]), 1, /binary/i);
    expectOneLineError(zhcards(['analyze', emptyDir]), 1, /no text files|\.txt/i);
    expectOneLineError(zhcards(['analyze', article, '--frobnicate']), 2, /frobnicate/);
    expectOneLineError(zhcards(['analyze', article, '--level', '9']), 2, /--level/);
    expectOneLineError(zhcards(['analyze', article, '--sort', 'random']), 2, /--sort/);
    expectOneLineError(zhcards(['analyze']), 2, /give one or more files/);
    expectOneLineError(zhcards(['frobnicate']), 2, /unknown command/);
    expectOneLineError(zhcards(['analyze', article, '--known', join(dir, 'nope.txt')]), 1, /known-words file/);
    // The app needs a terminal for its keys; without one it says so instead of crashing.
    expectOneLineError(zhcards([article]), 2, /needs a terminal/);
    expectOneLineError(zhcards(['-'], '中文'), 2, /analyze -/);
  });
});

describe('zhcards export', () => {
  it('writes an .apkg into the chosen folder and says how to import it; deck names cannot escape it', () => {
    const out = mkdtempSync(join(tmpdir(), 'zhcards-export-'));
    const r = zhcards(['export', article, '--out', `${out}/`, '--deck', '../../evil', '--max', '5', '--sentences']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Wrote .*\.apkg: \d+ notes, \d+ cards/);
    expect(r.out).toMatch(/File → Import/);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/evil\.apkg$/);
    expect(existsSync(join(out, '..', '..', 'evil.apkg'))).toBe(false);
    // The learner database (in ZHCARDS_HOME) now knows these notes; see tests/export for a re-export.
    const notes = Number(/: (\d+) notes/.exec(r.out)![1]);
    expect(r.out).toContain(`${notes} new, 0 changed, 0 unchanged`);
    expect(existsSync(join(home, 'zhcards.db'))).toBe(true);
  });

  it('an empty selection is a clear error and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'zhcards-export-'));
    const r = zhcards(['export', '-', '--out', `${out}/`], '我是学生。我喜欢学习中文。');
    expectOneLineError(r, 1, /Nothing to export/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('rejects unknown card types and formats as usage errors', () => {
    expectOneLineError(zhcards(['export', article, '--cards', 'recognition,typing']), 2, /--cards/);
    expectOneLineError(zhcards(['export', article, '--format', 'csv']), 2, /--format/);
  });
});
