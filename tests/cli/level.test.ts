// `zhcards level`, `levels`, `--levels`/`--known-level`, and known import/export formats, in-process.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, expectOneLineError, root, tempDir, tempHome, zhcards } from './helpers.js';

const fixture = (name: string) => join(root, 'tests', 'fixtures', 'known-import', name);

describe('zhcards level', { timeout: 120_000 }, () => {
  it('agrees with analyze: same curve, personal coverage and estimated level', async () => {
    const home = tempHome();
    const a = await zhcards(['analyze', article, '--json', '--level', '4', '--no-db'], { home });
    const l = await zhcards(['level', article, '--json', '--level', '4', '--no-db'], { home });
    expect(l.code, l.err).toBe(0);
    const stats = JSON.parse(a.out).stats;
    const [d] = JSON.parse(l.out).articles;
    expect(Object.fromEntries(d.curve.map((p: { level: number; tokens: number }) => [String(p.level), p.tokens]))).toEqual(stats.coverage);
    expect(d.personal.tokens).toBe(stats.learnerCoverage);
    expect(d.estimatedLevel).toBe(stats.estimatedLevel);
    expect(d.wordTokens).toBe(stats.wordTokens);
    // Characters weigh long words more: the curve by characters sits at or below the one by words.
    for (const p of d.curve) expect(p.chars).toBeLessThanOrEqual(p.tokens + 0.05);
    const gap = 0.95 - d.personal.tokens;
    expect(d.budget[0].shareOfGap).toBeCloseTo(d.budget[0].count / d.wordTokens / gap, 3);
  });

  it('a directory becomes a reading list, easiest first', async () => {
    const home = tempHome();
    const dir = tempDir();
    copyFileSync(article, join(dir, 'a-news.txt'));
    writeFileSync(join(dir, 'b-easy.txt'), '我的朋友\n\n我是学生。我有一个好朋友。我们都喜欢看书，也喜欢喝茶。他家很大，我常常去他家吃饭。\n');
    const r = await zhcards(['level', dir, '--json', '--no-db'], { home });
    expect(r.code, r.err).toBe(0);
    const list = JSON.parse(r.out).articles;
    expect(list.map((d: { source: string }) => d.source.split('/').at(-1))).toEqual(['b-easy.txt', 'a-news.txt']);
    expect(list[0].personal.tokens).toBeGreaterThan(list[1].personal.tokens);
    const text = await zhcards(['level', dir, '--no-db'], { home });
    expect(text.out).toMatch(/Reading list for a learner at HSK 3, easiest first\n\s+1\.\s+\d+%\s+HSK \d\s+我的朋友/);
  });

  it('--levels hsk3 is remembered with its level; labels say the system; a level past its top is refused', async () => {
    const home = tempHome();
    const first = await zhcards(['level', article, '--levels', 'hsk3', '--level', '7', '--json'], { home });
    expect(first.code, first.err).toBe(0);
    const again = JSON.parse((await zhcards(['level', article, '--json'], { home })).out);
    expect([again.levelSystem, again.level]).toEqual(['hsk3', 7]);
    expect(again.articles[0].curve.map((p: { name: string }) => p.name)).toEqual(['HSK3 1', 'HSK3 2', 'HSK3 3', 'HSK3 4', 'HSK3 5', 'HSK3 6', 'HSK3 7–9']);
    expectOneLineError(await zhcards(['level', article, '--level', '8'], { home }), 2, /from 1 to 7 for HSK 3\.0/);
    // Back to HSK 2.0 without a level: the HSK 3.0 level 7 is not carried over (it is past HSK 2.0's top).
    const back = JSON.parse((await zhcards(['level', article, '--levels', 'hsk2', '--json'], { home })).out);
    expect([back.levelSystem, back.level]).toEqual(['hsk2', 3]);
    await zhcards(['level', article, '--levels', 'hsk3', '--json'], { home });
    const levels = await zhcards(['levels'], { home });
    expect(levels.out).toMatch(/^\* hsk3 /m);
    expect(levels.out).toMatch(/HSK 1: 150 {2}HSK 2: 151/);
    expect(levels.out).toMatch(/F1k: 1000/);
  });

  it('analyze follows a list file: levels, the table column and the JSON system', async () => {
    const home = tempHome();
    const list = join(tempDir(), 'course.csv');
    writeFileSync(list, 'word,level\n铁路,1\n高铁,2\n');
    const r = await zhcards(['analyze', article, '--levels', list, '--level', '1', '--json', '--no-db'], { home });
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.levelSystem).toMatch(/^file:.*course\.csv$/);
    const byWord = new Map(json.vocab.map((v: { word: string; level: number; levelEstimated: boolean }) => [v.word, v]));
    expect(byWord.get('铁路')).toMatchObject({ level: 1, levelEstimated: false, hard: false });
    // Everything else is an estimate on the list's two levels, or beyond it (3).
    for (const v of json.vocab) expect(v.level).toBeLessThanOrEqual(3);
    const table = await zhcards(['analyze', article, '--levels', list, '--level', '1', '--no-db'], { home });
    expect(table.out).toMatch(/Hard words for a learner at course 1:/);
    expectOneLineError(await zhcards(['analyze', article, '--levels', 'hsk9'], { home }), 2, /--levels must be hsk2, hsk3, freq or an existing file/);
  });

  it('export follows the system: the HSK field and the tag say HSK3', async () => {
    const home = tempHome();
    const out = join(tempDir(), 'deck.tsv');
    const r = await zhcards(['export', article, '--levels', 'hsk3', '--level', '4', '--format', 'tsv', '--out', out], { home });
    expect(r.code, r.err).toBe(0);
    const notes = readFileSync(out, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(notes.length).toBeGreaterThan(5);
    for (const n of notes) expect(n).toMatch(/ hsk3::([5-7]|beyond)[ \t]/);
    expect(notes.some((n) => /\t~?HSK3 [5-7]/.test(n))).toBe(true);
    expect(notes.join('\n')).not.toMatch(/ hsk::/);
  });

  it('--known takes any import format: an Anki export makes its words known', async () => {
    const home = tempHome();
    const hard = async (extra: string[]) => JSON.parse((await zhcards(['analyze', article, '--json', '--level', '1', '--no-db', ...extra], { home })).out).vocab.filter((v: { hard: boolean }) => v.hard).map((v: { word: string }) => v.word);
    expect(await hard([])).toContain('高铁');
    const withAnki = await hard(['--known', fixture('anki-notes.txt')]);
    expect(withAnki).not.toContain('高铁');
    // The deck column (汉语) and the note type are not read as words.
    expect((await hard([])).length - withAnki.length).toBeLessThanOrEqual(3);
  });

  it('--known-level N: every word at or below N is known on top of the lists', async () => {
    const home = tempHome();
    const r = await zhcards(['analyze', article, '--json', '--level', '1', '--known-level', '5', '--no-db'], { home });
    const hard = JSON.parse(r.out).vocab.filter((v: { hard: boolean }) => v.hard);
    expect(hard.length).toBeGreaterThan(0);
    for (const v of hard) expect(v.level).toBeGreaterThan(5);
  });
});

describe('zhcards known import formats and export', { timeout: 60_000 }, () => {
  it('imports Anki notes, then Pleco; reports added, already known and unrecognised', async () => {
    const home = tempHome();
    const anki = await zhcards(['known', 'import', fixture('anki-notes.txt')], { home });
    expect(anki.out).toBe('Imported from anki-notes.txt (anki): 3 new known words; 1 unrecognised, not a Chinese word (WiFi).\n');
    const pleco = await zhcards(['known', 'import', fixture('pleco.txt')], { home });
    expect(pleco.out).toBe('Imported from pleco.txt (pleco): 0 new known words; 3 already known.\n');
    const csv = await zhcards(['known', 'import', fixture('german-header.csv'), '--format', 'csv'], { home });
    expect(csv.out).toBe('Imported from german-header.csv (csv): 0 new known words; 2 already known.\n');
    expect((await zhcards(['known', 'list'], { home })).out).toBe('学习\n设计\n高铁\n');
    expectOneLineError(await zhcards(['known', 'import', fixture('pleco.txt'), '--format', 'xml'], { home }), 2, /--format must be one of auto, list, anki, pleco, csv/);
  });

  it('exports the list plainly or as Pleco text, to a file written whole', async () => {
    const home = tempHome();
    await zhcards(['known', 'add', '學習', '高铁'], { home });
    expect((await zhcards(['known', 'export'], { home })).out).toBe('学习\n高铁\n');
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    const r = await zhcards(['known', 'export', '--format', 'pleco', '--out', 'out/known.txt'], { home, cwd: dir });
    expect(r.out).toBe('Wrote 2 known words to out/known.txt.\n');
    const lines = readFileSync(join(dir, 'out', 'known.txt'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => l.split('\t').slice(0, 2))).toEqual([
      ['学习[學習]', 'xué xí'],
      ['高铁[高鐵]', 'gāo tiě'],
    ]);
    // What was exported reads back as the same words.
    const back = tempHome();
    expect((await zhcards(['known', 'import', join(dir, 'out', 'known.txt')], { home: back })).out).toMatch(/\(pleco\): 2 new known words\./);
  });
});
