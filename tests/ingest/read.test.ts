import { mkdtemp, mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/domain/errors.js';
import { readInputs } from '../../src/ingest/index.js';

const FIX = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const fix = (name: string): string => join(FIX, name);
let tmp = '';

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhcards-ingest-'));
  await writeFile(join(tmp, 'gbk.txt'), iconv.encode('旧电池里淘出新材料\n\n研究团队取得了新进展。', 'gbk'));
  await writeFile(
    join(tmp, 'utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('高铁开通\n\n春运返乡更方便了。', 'utf-16le')]),
  );
  await writeFile(join(tmp, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1]));
  await writeFile(join(tmp, 'blank.txt'), ' \n\u3000\n');
  await mkdir(join(tmp, 'no-text'));
  await writeFile(join(tmp, 'no-text', 'photo.jpg'), 'x');
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('reads a hard-wrapped page into titled, classified paragraphs', async () => {
    const [article] = await readInputs([fix('column-page.txt')]);
    expect(article!.source).toBe(fix('column-page.txt'));
    expect(article!.title).toBe('刘建国在全市防汛工作会议上强调——');
    expect(article!.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(4);
  });

  it('detects the format from the extension', async () => {
    const [html, md, srt, vtt] = await readInputs(['article.html', 'notes.md', 'episode.srt', 'episode.vtt'].map(fix));
    expect(html!.title).toBe('湖边公园新增“共享书亭”');
    expect(html!.paragraphs[0]).toEqual({ kind: 'headline', text: '湖边公园新增“共享书亭”' });
    expect(md!.paragraphs.map((p) => p.kind)).toEqual(['headline', 'body', 'headline', 'body', 'body', 'body', 'masthead']);
    // Subtitle cues are body text even without punctuation, never headlines.
    expect(srt!.paragraphs.every((p) => p.kind === 'body')).toBe(true);
    expect(srt!.title).toBe('欢迎收看今天的节目');
    expect(vtt!.paragraphs.map((p) => p.kind)).toEqual(['body', 'body', 'masthead', 'body']);
  });

  it('decodes GBK and UTF-16 files', async () => {
    const [gbk, utf16] = await readInputs([join(tmp, 'gbk.txt'), join(tmp, 'utf16.txt')]);
    expect(gbk!.paragraphs).toEqual([
      { kind: 'headline', text: '旧电池里淘出新材料' },
      { kind: 'body', text: '研究团队取得了新进展。' },
    ]);
    expect(utf16!.title).toBe('高铁开通');
  });

  it('keeps traditional characters as they are', async () => {
    const [article] = await readInputs([fix('traditional.txt')]);
    expect(article!.title).toBe('社區圖書館延長開放時間');
    expect(article!.paragraphs[2]!.text).toBe('許多讀者對這個消息感到高興。一位在銀行工作的讀者說：「以前下班趕過來，圖書館已經關門了。現在終於可以慢慢挑書了！」');
  });

  it('expands a directory to its text files in name order, skipping README and other files', async () => {
    const articles = await readInputs([fix('folder')]);
    expect(articles.map((a) => a.title)).toEqual(['第一篇文章', '第二篇']);
  });

  it('reads standard input for -', async () => {
    const [article] = await readInputs(['-'], { stdin: async () => Buffer.from('标准输入\n\n这是从管道读进来的文字。') });
    expect(article).toEqual({
      source: '-',
      title: '标准输入',
      paragraphs: [
        { kind: 'headline', text: '标准输入' },
        { kind: 'body', text: '这是从管道读进来的文字。' },
      ],
    });
  });

  it('sniffs the format of standard input', async () => {
    const [article] = await readInputs(['-'], { stdin: async () => Buffer.from('<p>第一段。</p><p>第二段。</p>') });
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['第一段。', '第二段。']);
  });

  it('applies a forced encoding', async () => {
    const [article] = await readInputs(['-'], {
      encoding: 'big5',
      stdin: async () => iconv.encode('網球比賽開始了。', 'big5'),
    });
    expect(article!.paragraphs[0]!.text).toBe('網球比賽開始了。');
  });

  it.each([
    ['a missing file', () => join(tmp, 'missing.txt'), /missing\.txt: no such file or directory/],
    ['an empty file', () => fix('empty.txt'), /empty\.txt: file is empty/],
    ['a whitespace-only file', () => join(tmp, 'blank.txt'), /blank\.txt: file is empty/],
    ['a file without Chinese', () => fix('no-chinese.txt'), /no-chinese\.txt: no Chinese text found/],
    ['a binary file', () => join(tmp, 'image.txt'), /image\.txt: looks like a binary file/],
    ['a directory without text files', () => join(tmp, 'no-text'), /no-text: directory has no text files/],
  ])('fails with one clear line naming %s, before saying the inputs are checked', async (_what, path, message) => {
    let checked = 0;
    const run = readInputs([fix('traditional.txt'), path()], { onChecked: () => checked++ });
    await expect(run).rejects.toThrow(InputError);
    await expect(readInputs([path()])).rejects.toThrow(message);
    // The CLI starts loading the segmenter at onChecked, which no error may follow.
    expect(checked).toBe(0);
  });

  it('says the inputs are checked once, when every one has been read and checked', async () => {
    const calls: string[] = [];
    const articles = await readInputs([fix('traditional.txt'), join(tmp, 'gbk.txt')], { onChecked: () => calls.push('checked') });
    calls.push('read');
    expect(calls).toEqual(['checked', 'read']);
    expect(articles).toHaveLength(2);
  });

  // Root reads files whatever their mode, so only a normal user can see the error.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable file', async () => {
    const locked = join(tmp, 'locked.txt');
    await writeFile(locked, '中文');
    await chmod(locked, 0o000);
    await expect(readInputs([locked])).rejects.toThrow(/locked\.txt: permission denied/);
  });

  it('rejects an empty input list as a usage error', async () => {
    await expect(readInputs([])).rejects.toThrow(UsageError);
  });
});
