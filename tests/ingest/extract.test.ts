import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../src/ingest/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
const lines = (text: string): string[] => text.split('\n');

describe('extractText html', () => {
  let out = '';
  beforeAll(async () => {
    out = await extractText(fixture('article.html'), 'html');
  });

  it('keeps visible text only, one line per block, headings marked', async () => {
    expect(lines(out)).toEqual([
      '# 湖边公园新增“共享书亭”',
      '本周六，湖边公园的三座共享书亭正式投入使用。市民可以免费借阅亭内的图书——读完后放回任意一座书亭即可。',
      '管理员 王丽说：“希望大家爱护图书。”',
      '开放时间：早上六点到晚上十点。',
      'AT&T <测试>',
      '第一条：爱护图书',
      '第二条：按时归还',
    ]);
  });

  it('drops head, script, style, noscript, template, navigation and image alt text', async () => {
    for (const hidden of ['网页标题', '样式', '脚本', '请启用', '模板', '首页', '书亭照片']) expect(out).not.toContain(hidden);
  });

  it('joins text across inline tags and source line breaks without spaces', async () => {
    expect(await extractText('<p><span>园区给愛攝一族淨空場景而不是散搭帳蓬之下反</span><span>而影響拍照</span></p>', 'html')).toBe(
      '园区给愛攝一族淨空場景而不是散搭帳蓬之下反而影響拍照',
    );
    expect(await extractText('<p>Hello\n  world 你好</p>', 'html')).toBe('Hello world 你好');
  });

  it('protects text that starts with # from being read as a heading', async () => {
    expect(await extractText('<p># 不是标题</p>', 'html')).toBe('\\# 不是标题');
  });
});

describe('extractText markdown', () => {
  it('strips syntax, keeps link text, drops images, code and front matter', async () => {
    expect(lines(await extractText(fixture('notes.md'), 'markdown'))).toEqual([
      '# 我的学习笔记',
      '今天读了一篇关于城市图书馆的文章，觉得很有意思。文章的原文链接在这里。',
      '# 生词',
      '借阅',
      '延长开放时间',
      '书籍是人类进步的阶梯。',
      'Reading notes_with_underscores stay.',
    ]);
  });

  it('turns setext underlines into headings', async () => {
    expect(await extractText('城市新闻\n====\n\n正文。', 'markdown')).toBe('# 城市新闻\n正文。');
  });
});

describe('extractText subtitles', () => {
  it('reads SRT: no numbers, timings or tags; one line per cue; speaker dashes split', async () => {
    expect(lines(await extractText(fixture('episode.srt'), 'srt'))).toEqual([
      '欢迎收看今天的节目',
      '我们来到了美丽的西湖',
      '你好！',
      '你好，请问你是哪里人？',
      '湖边的风景真漂亮',
    ]);
  });

  it('reads WebVTT: no header, notes, styles, settings, voice or timestamp tags; repeats dropped', async () => {
    expect(lines(await extractText(fixture('episode.vtt'), 'vtt'))).toEqual([
      '大家好，欢迎来到厨房。',
      '今天我们学做红烧肉',
      'Today we cook braised pork',
      '先把肉切成小块 & 洗干净',
    ]);
  });
});

describe('extractText plain text', () => {
  it('only normalises line endings', async () => {
    expect(await extractText('第一行\r\n第二行\r第三行', 'text')).toBe('第一行\n第二行\n第三行');
  });
});
