import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, type Lexicon } from '../../src/lexicon/index.js';
import { jiebaTag } from '../../src/segment/index.js';

const run = promisify(execFile);
let lx: Lexicon;
beforeAll(() => {
  lx = loadLexicon();
});

// A short made-up text: dictionary words, names, a rare dictionary word jieba cuts in pieces
// (上月), unknown runs, full-width digits and punctuation, traditional characters.
const TEXT = '上月我们一个家去北京大学看习近平讲话，他说：“你好吗？”二○○一年增长１７％。臺灣的機制很特殊。';

/** Every piece of up to four characters: the segmenter asks about words and about substrings alike. */
function pieces(text: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < text.length; i++) for (let n = 1; n <= 4 && i + n <= text.length; n++) out.add(text.slice(i, i + n));
  return [...out];
}

describe('jieba tag table in the lexicon', () => {
  it('answers every piece of a text exactly as nodejieba does (this file never switches the table on)', () => {
    const words = pieces(TEXT);
    const wrong = words.filter((w) => (lx.segmenterTag(w) ?? 'x') !== jiebaTag(w));
    expect(wrong).toEqual([]);
    expect(words.filter((w) => lx.segmenterTag(w) !== undefined).length).toBeGreaterThan(30);
  });

  it('holds dictionary tags, and leaves out words jieba cuts into pieces or does not know', () => {
    expect([lx.segmenterTag('的'), lx.segmenterTag('北京大学'), lx.segmenterTag('习近平')]).toEqual(['uj', 'nt', 'nrfg']);
    // 上月 is in jieba's dictionary as `t`, but tag('上月') cuts it, so jiebaTag says x.
    expect(jiebaTag('上月')).toBe('x');
    expect(lx.segmenterTag('上月')).toBeUndefined();
    for (const w of ['你好吗', '，', '１７％', '']) expect(lx.segmenterTag(w), w).toBeUndefined();
    // Longer words with ASCII are never in the table: jieba tags them by how it cuts them.
    expect(lx.segmenterTag('B超')).toBeUndefined();
    // Single ASCII characters are answered from the table too: cppjieba looks at the ASCII of
    // words of two or more characters only, so alone they are `x` (not `m`/`eng` as in 2001/iPhone).
    expect(['7', 'X', '('].map((c) => [lx.segmenterTag(c), jiebaTag(c)])).toEqual([[undefined, 'x'], [undefined, 'x'], [undefined, 'x']]);
    expect([jiebaTag('2001'), jiebaTag('iPhone')]).toEqual(['m', 'eng']);
  });
});

describe('useJiebaTagTable', () => {
  it('tags words without ASCII and single characters from the table without loading nodejieba; longer ASCII words still ask it', async () => {
    const script = join(import.meta.dirname, '../fixtures/segment/tag-without-jieba.ts');
    const words = [...pieces(TEXT), '7', 'X', '(', '-'];
    const cwd = new URL('../..', import.meta.url).pathname;
    const table = JSON.parse((await run(process.execPath, ['--import', 'tsx', script, ...words], { cwd })).stdout) as { tags: string[]; nodejiebaLoaded: boolean };
    expect(table).toEqual({ tags: words.map((w) => jiebaTag(w)), nodejiebaLoaded: false });
    const ascii = JSON.parse((await run(process.execPath, ['--import', 'tsx', script, '北京', 'iPhone', '2001年'], { cwd })).stdout) as { tags: string[]; nodejiebaLoaded: boolean };
    expect(ascii).toEqual({ tags: ['ns', jiebaTag('iPhone'), jiebaTag('2001年')], nodejiebaLoaded: true });
    expect(ascii.tags[1]).toBe('eng');
  });
});
