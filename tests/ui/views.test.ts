import { describe, expect, it } from 'vitest';
import type { VocabItem } from '../../src/domain/types.js';
import { displayWidth } from '../../src/text/index.js';
import { splitKeyPresses } from '../../src/ui/key-presses.js';
import { colorDepthFor, toneColor } from '../../src/ui/tone-colors.js';
import { wordCells, wordColumns } from '../../src/ui/word-columns.js';
import { matchesFilter, tonelessPinyin, visibleWords } from '../../src/ui/word-list-view.js';

const item = (word: string, pinyin: string, pinyinNumbered: string, definitions: string[], extra: Partial<VocabItem> = {}): VocabItem => ({
  word,
  traditional: word,
  pinyin,
  pinyinNumbered,
  definitions,
  classifier: '',
  level: 5,
  levelEstimated: false,
  frequencyRank: 1000,
  count: 1,
  hard: true,
  examples: [],
  firstSentence: 0,
  ...extra,
});
const diaoyan = item('调研', 'diào yán', 'diao4 yan2', ['to investigate and research'], { traditional: '調研' });
const lüshi = item('律师', 'lǜ shī', 'lu:4 shi1', ['lawyer'], { level: 4, count: 3, firstSentence: 2 });
const zaiti = item('载体', 'zài tǐ', 'zai4 ti3', ['carrier (chemistry); vector (computing)'], { level: 6, firstSentence: 1, frequencyRank: 20000 });

describe('a burst of keys', () => {
  it('splits typed letters into one press each', () => {
    expect(splitKeyPresses('jjj', {}).map((p) => p.input)).toEqual(['j', 'j', 'j']);
    expect(splitKeyPresses('+ +', {}).map((p) => p.input)).toEqual(['+', ' ', '+']);
    // Hanzi are one press per character too; Enter inside a burst stays a key.
    expect(splitKeyPresses('调研\r', {}).map((p) => p.input || (p.key.return ? 'RET' : ''))).toEqual(['调', '研', 'RET']);
  });
  it('leaves single keys and special keys alone', () => {
    expect(splitKeyPresses('j', {})).toEqual([{ input: 'j', key: {} }]);
    expect(splitKeyPresses('', { downArrow: true })).toEqual([{ input: '', key: { downArrow: true } }]);
    expect(splitKeyPresses('c', { ctrl: true })).toHaveLength(1);
  });
});

describe('the word filter', () => {
  it('matches pinyin without tones, with marks, with numbers, and ü typed as u or v', () => {
    expect(tonelessPinyin('Diào Yán')).toBe('diaoyan');
    for (const q of ['diaoyan', 'diao yan', 'diào', 'diao4yan2', 'DIAO']) expect(matchesFilter(diaoyan, q), q).toBe(true);
    expect(matchesFilter(lüshi, 'lushi')).toBe(true);
    expect(matchesFilter(lüshi, 'lvshi')).toBe(true);
    expect(matchesFilter(lüshi, 'lǜ')).toBe(true);
    expect(matchesFilter(diaoyan, 'diaoyang')).toBe(false);
    expect(matchesFilter(zaiti, 'diao')).toBe(false);
  });
  it('matches Hanzi in either script and English', () => {
    expect(matchesFilter(diaoyan, '调')).toBe(true);
    expect(matchesFilter(diaoyan, '調研')).toBe(true);
    expect(matchesFilter(zaiti, 'vector')).toBe(true);
    expect(matchesFilter(zaiti, 'lawyer')).toBe(false);
  });
  it('lists hard words not marked away, in the chosen order', () => {
    const easy = item('我', 'wǒ', 'wo3', ['I'], { hard: false, level: 1 });
    const all = [diaoyan, lüshi, zaiti, easy];
    expect(visibleWords(all, { removed: new Set(), filter: '', sort: 'order' }).map((v) => v.word)).toEqual(['调研', '载体', '律师']);
    expect(visibleWords(all, { removed: new Set(['载体']), filter: '', sort: 'level' }).map((v) => v.word)).toEqual(['律师', '调研']);
    expect(visibleWords(all, { removed: new Set(), filter: 'lu', sort: 'useful' }).map((v) => v.word)).toEqual(['律师']);
  });
});

describe('word columns', () => {
  it('align at 80 columns whatever the word width, with a meaning column', () => {
    const cols = wordColumns(80);
    expect(cols.meaning).toBeGreaterThan(15);
    const long = item('中华人民共和国', 'zhōng huá rén mín gòng hé guó', 'x', ['People’s Republic of China, a very long meaning indeed that will not fit']);
    for (const v of [diaoyan, lüshi, long]) {
      const c = wordCells(v, cols);
      expect(displayWidth(c.word)).toBe(cols.word);
      expect(displayWidth(c.pinyin)).toBe(cols.pinyin);
      const row = `  ${c.word} ${c.pinyin} ${c.level} ${c.count} ${c.meaning}`;
      expect(displayWidth(row)).toBeLessThanOrEqual(79);
    }
    expect(wordCells(long, cols).word.trimEnd()).toMatch(/…$/);
    expect(wordCells(long, cols).meaning).toMatch(/…$/);
    expect(wordCells(zaiti, cols).level).toBe('  6');
  });
  it('drop the meaning column when the terminal is too narrow for it', () => {
    expect(wordColumns(50).meaning).toBe(0);
  });
});

describe('colours', () => {
  it('follow NO_COLOR and the colour depth', () => {
    const tty = (d: number) => ({ isTTY: true, getColorDepth: () => d });
    expect(colorDepthFor({ NO_COLOR: '1' }, tty(24))).toBe(1);
    expect(colorDepthFor({}, tty(24))).toBe(24);
    expect(colorDepthFor({}, tty(8))).toBe(8);
    expect(colorDepthFor({}, { isTTY: false })).toBe(1);
    expect(toneColor('diào', 1)).toBeUndefined();
    expect(toneColor('diào', 4)).toBe('magenta');
    expect(toneColor('diào', 24)).toBe('#8900BF');
  });
});
