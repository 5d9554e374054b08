import { describe, expect, it } from 'vitest';
import { splitSentences, titleOf } from '../../src/ingest/index.js';

describe('splitSentences', () => {
  it('splits after full stops, exclamation and question marks, semicolons', () => {
    expect(splitSentences('今天下雨了。我们不去公园！你呢？他在家；她在学校。')).toEqual([
      '今天下雨了。',
      '我们不去公园！',
      '你呢？',
      '他在家；',
      '她在学校。',
    ]);
  });

  it('keeps the closing quote with the sentence it ends', () => {
    expect(splitSentences('他说：“我明天再来。”然后就走了。')).toEqual(['他说：“我明天再来。”', '然后就走了。']);
  });

  it('does not cut inside a quotation', () => {
    expect(splitSentences('“我来了。你呢？”她问。')).toEqual(['“我来了。你呢？”', '她问。']);
    expect(splitSentences('他读过《你好！中国》这本书。很有意思。')).toEqual(['他读过《你好！中国》这本书。', '很有意思。']);
  });

  it('keeps closing brackets and traditional corner quotes', () => {
    expect(splitSentences('詳情見附件。）下一句。')).toEqual(['詳情見附件。）', '下一句。']);
    expect(splitSentences('她說：「終於可以慢慢挑書了！」大家都笑了。')).toEqual(['她說：「終於可以慢慢挑書了！」', '大家都笑了。']);
  });

  it('does not split when a quote continues after its inner full stop', () => {
    expect(splitSentences('他说“好”。我也说好。')).toEqual(['他说“好”。', '我也说好。']);
  });

  it('keeps runs of marks and ellipses together', () => {
    expect(splitSentences('真的吗？！太好了！！他想了想……最后还是走了')).toEqual([
      '真的吗？！',
      '太好了！！',
      '他想了想……',
      '最后还是走了',
    ]);
  });

  it('does not split an ellipsis that ends a list before 等', () => {
    expect(splitSentences('苹果、香蕉……等水果都很好吃。')).toEqual(['苹果、香蕉……等水果都很好吃。']);
  });

  it('splits at ASCII ?! only between Chinese characters', () => {
    expect(splitSentences('你好?我很好!谢谢')).toEqual(['你好?', '我很好!', '谢谢']);
    expect(splitSentences('价格是3.5元。Hello? OK!')).toEqual(['价格是3.5元。', 'Hello? OK!']);
  });

  it('falls back to plain splitting when quotes are unbalanced', () => {
    expect(splitSentences('他说：“走吧。我们回家。')).toEqual(['他说：“走吧。', '我们回家。']);
  });

  it('trims whitespace and drops empty pieces', () => {
    expect(splitSentences('  第一句。  第二句。  ')).toEqual(['第一句。', '第二句。']);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('returns an unpunctuated headline as one sentence', () => {
    expect(splitSentences('城东图书馆分馆今日开放')).toEqual(['城东图书馆分馆今日开放']);
  });
});

describe('titleOf', () => {
  it('prefers the first headline', () => {
    const paragraphs = [
      { kind: 'masthead' as const, text: 'Dong Hu Wan Bao' },
      { kind: 'body' as const, text: '正文第一句。' },
      { kind: 'headline' as const, text: '新馆开放' },
    ];
    expect(titleOf(paragraphs, 'a.txt')).toBe('新馆开放');
  });

  it('falls back to a short first sentence, then the file name', () => {
    expect(titleOf([{ kind: 'body', text: '今天天气很好。我们去公园散步。' }], 'x/a.txt')).toBe('今天天气很好。');
    const long = '这是一个非常非常长的句子，长度远远超过了三十个字符的限制，所以不能拿来当作标题使用。';
    expect(titleOf([{ kind: 'body', text: long }], 'dir/news-007.txt')).toBe('news-007');
    expect(titleOf([{ kind: 'body', text: long }], '-')).toBe('stdin');
  });
});
