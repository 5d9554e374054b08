// The commands in-process (fast): argument errors, export, help, and the papercuts of issue 8.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, expectOneLineError, tempDir, tempHome, zhcards } from './helpers.js';

describe('argument and input errors', { timeout: 60_000 }, () => {
  it('each is one line with the right exit code', async () => {
    const home = tempHome();
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'english.txt'), 'Only English here.\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
    const emptyDir = tempDir('zhcards-cli-empty-');
    const z = (args: string[]) => zhcards(args, { home });
    expectOneLineError(await z(['analyze', join(dir, 'missing.txt')]), 1, /missing\.txt/);
    expectOneLineError(await z(['analyze', article, '--frobnicate']), 2, /frobnicate/);
    expectOneLineError(await z(['analyze', join(dir, 'empty.txt')]), 1, /empty/i);
    expectOneLineError(await z(['analyze', join(dir, 'english.txt')]), 1, /Chinese/);
    expectOneLineError(await z(['analyze', join(dir, 'binary.txt')]), 1, /binary/i);
    expectOneLineError(await z(['analyze', emptyDir]), 1, /no text files|\.txt/i);
    expectOneLineError(await z(['analyze', article, '--level', '9']), 2, /--level/);
    expectOneLineError(await z(['analyze', article, '--sort', 'random']), 2, /--sort/);
    expectOneLineError(await z(['analyze']), 2, /give one or more files/);
    expectOneLineError(await z(['frobnicate']), 2, /unknown command/);
    expectOneLineError(await z(['analyze', article, '--known', join(dir, 'nope.txt')]), 1, /known-words file/);
  });

  it('a negative --limit or --max says it must be a positive number', async () => {
    const home = tempHome();
    expectOneLineError(await zhcards(['analyze', article, '--limit', '-3'], { home }), 2, /--limit must be a positive whole number, got '-3'/);
    expectOneLineError(await zhcards(['analyze', article, '-n', '-3'], { home }), 2, /--limit must be a positive whole number/);
    expectOneLineError(await zhcards(['export', article, '--max', '0'], { home }), 2, /--max must be a positive whole number, got '0'/);
  });

  it('--known on a binary or non-text file is an error, not an empty list', async () => {
    const dir = tempDir();
    const png = join(dir, 'words.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expectOneLineError(await zhcards(['analyze', article, '--known', png], { home: tempHome() }), 1, /known-words file .*words\.png: looks like a binary file/);
    expectOneLineError(await zhcards(['analyze', article, '--known', dir], { home: tempHome() }), 1, /is a directory/);
  });
});

describe('export', { timeout: 60_000 }, () => {
  it('writes an .apkg into the chosen folder and says how to import it; deck names cannot escape it', async () => {
    const out = tempDir('zhcards-export-');
    const r = await zhcards(['export', article, '--out', `${out}/`, '--deck', '../../evil', '--max', '5', '--sentences'], { home: tempHome() });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Wrote .*\.apkg: \d+ notes, \d+ cards/);
    expect(r.out).toMatch(/File → Import/);
    const files = readdirSync(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/evil\.apkg$/);
    expect(existsSync(join(out, '..', '..', 'evil.apkg'))).toBe(false);
  });

  it('says what is new, changed and unchanged; the same export again changes nothing; --no-db remembers nothing', async () => {
    const out = tempDir('zhcards-export-');
    const home = tempHome();
    const args = ['export', article, '--out', join(out, 'a.apkg'), '--max', '4'];
    const first = await zhcards(args, { home });
    expect(first.out, first.err).toContain('4 new, 0 changed, 0 unchanged');
    expect((await zhcards(args, { home })).out).toContain('0 new, 0 changed, 4 unchanged');
    expect((await zhcards([...args, '--refresh'], { home })).out).toContain('0 new, 4 changed, 0 unchanged');
    const none = await zhcards([...args, '--no-db'], { home: tempHome() });
    expect(none.code, none.err).toBe(0);
    expect(none.out).not.toMatch(/unchanged/);
  });

  it('counts read as English: "1 note, 1 card"', async () => {
    const out = tempDir('zhcards-export-');
    const r = await zhcards(['export', article, '--out', join(out, 'one.apkg'), '--max', '1', '--cards', 'recognition'], { home: tempHome() });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/one\.apkg: 1 note, 1 card \(deck /);
  });

  it('refuses an --out whose extension does not fit the format, before writing anything', async () => {
    const out = tempDir('zhcards-export-');
    const home = tempHome();
    expectOneLineError(await zhcards(['export', article, '--out', join(out, 'x.txt')], { home }), 2, /--out x\.txt does not fit --format apkg: use --format tsv or pleco, or name the file \.apkg/);
    expectOneLineError(await zhcards(['export', article, '--out', join(out, 'x.apkg'), '--format', 'pleco'], { home }), 2, /does not fit --format pleco/);
    expect(readdirSync(out)).toEqual([]);
    const tsv = await zhcards(['export', article, '--out', join(out, 'x.txt'), '--format', 'tsv', '--max', '2'], { home });
    expect(tsv.code, tsv.err).toBe(0);
  });

  it('rejects unknown card types and formats as usage errors', async () => {
    const home = tempHome();
    expectOneLineError(await zhcards(['export', article, '--cards', 'recognition,typing'], { home }), 2, /--cards/);
    expectOneLineError(await zhcards(['export', article, '--format', 'csv'], { home }), 2, /--format/);
  });
});

describe('help', { timeout: 60_000 }, () => {
  it('each command has its own help, by --help or help TOPIC', async () => {
    const home = tempHome();
    const analyze = await zhcards(['analyze', '--help'], { home });
    expect(analyze.out).toMatch(/^analyze: /);
    expect(analyze.out).toMatch(/--limit/);
    expect(analyze.out).not.toMatch(/--sentences/);
    expect((await zhcards(['help', 'analyze'], { home })).out).toBe(analyze.out);
    const exp = await zhcards(['export', '-h'], { home });
    expect(exp.out).toMatch(/^export: /);
    expect(exp.out).toMatch(/--sentences/);
    const known = await zhcards(['known', '--help'], { home });
    expect(known.out).toMatch(/known import FILE/);
    expect((await zhcards(['known'], { home })).out).toBe(known.out);
    expect(existsSync(home)).toBe(false);
  });

  it('explains the "~5" and "7+" level labels', async () => {
    for (const args of [['--help'], ['analyze', '--help']]) {
      const r = await zhcards(args, { home: tempHome() });
      expect(r.out).toMatch(/"~5" is estimated/);
      expect(r.out).toMatch(/"7\+" is beyond HSK 6/);
    }
  });
});
