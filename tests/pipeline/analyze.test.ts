import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { studyText, type Analysis } from '../../src/domain/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { parseKnownWords } from '../../src/select/index.js';

const root = join(import.meta.dirname, '..', '..');
const article = join(root, 'articles', '01-library-branch.txt');
const rail = join(root, 'articles', '02-high-speed-rail.txt');
const trad = join(root, 'tests', 'fixtures', 'pipeline', 'traditional.txt');
const polyphones = join(root, 'tests', 'fixtures', 'pipeline', 'polyphones.txt');

let a3: Analysis;
beforeAll(async () => {
  a3 = analyzeArticles(await readInputs([article]), { level: 3 });
});

describe('analysis of a hard-wrapped newspaper column', () => {
  it('takes the headline as title and reflows words broken across lines', () => {
    expect(a3.articles[0]!.title).toBe('城东图书馆分馆今日开放');
    const texts = a3.sentences.map((s) => s.text);
    expect(texts.some((t) => t.includes('报告厅'))).toBe(true);
    expect(texts.some((t) => t.includes('正式对外开放'))).toBe(true);
    expect(texts.every((t) => !t.includes('\n'))).toBe(true);
  });

  it('never turns names, numbers, Latin or punctuation into vocabulary', () => {
    const names = a3.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'name').map((t) => t.text));
    for (const n of ['周明远', '陈雅琴', '王建华']) expect(names).toContain(n);
    const vocab = new Set(a3.vocab.map((v) => v.word));
    for (const n of [...names, '3月19日', '12', '周', '陈', '明远']) expect(vocab.has(n), n).toBe(false);
    for (const v of a3.vocab) expect(v.word).toMatch(/^[\u3400-\u9fff\uf900-\ufaff]+$/u);
  });

  it('every word has a definition, tone-mark pinyin and a level; hard ones are above the level', () => {
    for (const v of a3.vocab) {
      expect(v.definitions.length, v.word).toBeGreaterThan(0);
      expect(v.pinyin).toMatch(/^[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+( [A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+)*$/u);
      if (v.hard) expect(v.level ?? 7).toBeGreaterThan(3);
    }
    expect(a3.vocab.filter((v) => v.hard).length).toBe(a3.stats.hardWords);
    const firstEasy = a3.vocab.findIndex((v) => !v.hard);
    expect(a3.vocab.slice(firstEasy).every((v) => !v.hard)).toBe(true);
  });

  it('examples contain their word and study sentences teach exactly their targets', () => {
    for (const v of a3.vocab.filter((x) => x.hard)) {
      expect(v.examples.length).toBeGreaterThan(0);
      for (const i of v.examples) expect(a3.sentences[i]!.tokens.some((t) => t.text === v.word || t.text === v.traditional)).toBe(true);
    }
    const hard = new Set(a3.vocab.filter((v) => v.hard).map((v) => v.word));
    for (const s of a3.studySentences) {
      const sentence = a3.sentences[s.index]!;
      expect(sentence.paragraphKind).toBe('body');
      // An excerpt (start/end) is what the learner sees: it alone must hold the targets.
      const shown = studyText(sentence, s);
      expect(sentence.text.includes(shown.text)).toBe(true);
      expect([...shown.text].length).toBeGreaterThanOrEqual(8);
      expect([...shown.text].length).toBeLessThanOrEqual(s.start === undefined ? 60 : 40);
      const inShown = new Set(shown.tokens.filter((t) => t.kind === 'word' && hard.has(t.text)).map((t) => t.text));
      expect(new Set(s.targets)).toEqual(inShown);
      // Three new words only as a last resort, in a clause of at most 40 characters.
      expect(s.targets.length).toBeLessThanOrEqual(3);
      if (s.targets.length === 3) expect([...shown.text].length).toBeLessThanOrEqual(40);
    }
  });

  it('stats add up and coverage grows with the level', () => {
    const s = a3.stats;
    expect(s.wordTokens).toBeLessThanOrEqual(s.tokens);
    expect(s.uniqueWords).toBe(a3.vocab.length);
    const c = [1, 2, 3, 4, 5, 6].map((l) => s.coverage[String(l)]!);
    for (let i = 1; i < c.length; i++) expect(c[i]!).toBeGreaterThanOrEqual(c[i - 1]!);
    expect(s.estimatedLevel).toBe(c.findIndex((x) => x >= 0.95) + 1 || 7);
  });

  it('a higher level or known words make fewer words hard', async () => {
    const inputs = await readInputs([article]);
    const a5 = analyzeArticles(inputs, { level: 5 });
    expect(a5.stats.hardWords).toBeLessThan(a3.stats.hardWords);
    const someHard = a3.vocab.filter((v) => v.hard).slice(0, 3).map((v) => v.word);
    const withKnown = analyzeArticles(inputs, { level: 3, known: parseKnownWords(someHard.join('\n')) });
    expect(withKnown.stats.hardWords).toBe(a3.stats.hardWords - 3);
    for (const w of someHard) expect(withKnown.vocab.find((v) => v.word === w)?.hard).toBe(false);
  });
});

describe('other inputs', () => {
  it('pinyin in context: polyphones read by their neighbours, dictionary readings for words', async () => {
    const a = analyzeArticles(await readInputs([polyphones]), { level: 3 });
    const body = a.sentences.filter((s) => s.paragraphKind === 'body').flatMap((s) => s.tokens);
    const reading = (word: string) => body.find((t) => t.text === word)?.pinyin;
    expect(reading('银行')).toBe('yín háng');
    expect(reading('步行')).toBe('bù xíng');
    expect(reading('长大')).toBe('zhǎng dà');
    expect(reading('重新')).toBe('chóng xīn');
    expect(reading('重要')).toBe('zhòng yào');
    const sentence = a.sentences.find((s) => s.text.includes('头发'))!;
    expect(sentence.tokens.find((t) => t.text === '长')?.pinyin).toBe('cháng');
    expect(a.sentences.find((s) => s.text.includes('按时'))!.tokens.at(-2)).toMatchObject({ text: '还', pinyin: 'huán' });
    expect(a.vocab.find((v) => v.word === '银行')?.pinyin).toBe('yín háng');
    // 馆长 is not in CC-CEDICT and is split; its 长 is still the head (zhǎng), not "long".
    const head = a.sentences.find((s) => s.text.includes('馆长'))!.tokens;
    const chang = head.findIndex((t) => t.text === '长' || t.text === '馆长');
    expect(head[chang]!.pinyin.endsWith('zhǎng')).toBe(true);
  });

  it('traditional text is looked up by its traditional forms and shows both', async () => {
    const a = analyzeArticles(await readInputs([trad]), { level: 3, known: parseKnownWords('習慣\n') });
    const plan = a.vocab.find((v) => v.traditional === '計畫' || v.traditional === '計劃');
    expect(plan?.word).toBe('计划');
    const habit = a.vocab.find((v) => v.word === '习惯');
    expect(habit?.traditional).toBe('習慣');
    expect(habit?.hard).toBe(false);
    expect(a.vocab.find((v) => v.word === '培养')?.pinyin).toBe('péi yǎng');
  });
});
