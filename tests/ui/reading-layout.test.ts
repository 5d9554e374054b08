import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/domain/types.js';
import { displayWidth } from '../../src/text/index.js';
import { layoutReading } from '../../src/ui/reading-layout.js';

const sentence = (index: number, words: string[], article = 0): Sentence => {
  let at = 0;
  const tokens = words.map((text) => {
    const t = { text, start: at, end: at + text.length, kind: /\p{Script=Han}/u.test(text) ? ('word' as const) : ('punct' as const), pinyin: '' };
    at += text.length;
    return t;
  });
  return { index, text: words.join(''), article, paragraphKind: 'body', tokens };
};

describe('reading layout', () => {
  const sentences = [sentence(0, ['他们', '正在', '调研', '市场', '。']), sentence(1, ['这', '是', '一种', '新', '载体', '。']), sentence(2, ['第二', '篇', '。'], 1)];
  const hard = (t: string) => (t === '调研' || t === '載體' || t === '载体' ? (t === '載體' ? '载体' : t) : undefined);

  it('numbers the hard words in reading order and wraps at the width in double columns', () => {
    const layout = layoutReading(sentences, hard, 12);
    expect(layout.occurrenceWord).toEqual(['调研', '载体']);
    for (const line of layout.lines) expect(displayWidth(line.map((p) => p.text).join(''))).toBeLessThanOrEqual(12);
    const text = layout.lines.map((l) => l.map((p) => p.text).join(''));
    expect(text.join('')).toBe('他们正在调研市场。这是一种新载体。第二篇。');
    // The second article starts on its own line.
    expect(text.at(-1)).toBe('第二篇。');
    expect(layout.lines[layout.occurrenceLine[1]!]!.some((p) => p.word === '载体' && p.occurrence === 1)).toBe(true);
  });
});
