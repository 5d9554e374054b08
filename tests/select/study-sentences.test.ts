import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentenceCards } from '../../src/cards/index.js';
import { studyText, type Analysis } from '../../src/domain/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import type { Segment } from '../../src/domain/index.js';
import { pickStudySentences, STUDY_FILL, STUDY_MIN, type StudyInput, type StudyWords } from '../../src/select/index.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'select', 'study.txt');

let a: Analysis;
beforeAll(async () => {
  a = analyzeArticles(await readInputs([fixture]), { level: 3 });
});

const shown = () => a.studySentences.map((s) => studyText(a.sentences[s.index]!, s).text);

describe('study sentences on a small article (level 3)', () => {
  it('never offers a headline, a dateline, a list of names or a contact line', () => {
    const texts = shown();
    expect(texts.length).toBeGreaterThan(0);
    for (const bad of ['热议', '东方网', '史密斯', '电话', '13912345678']) expect(texts.some((t) => t.includes(bad)), bad).toBe(false);
    // The dateline is in the text with a hard word (报道): only the filter keeps it out. The contact
    // line is set aside at ingest, so 联系 is not vocabulary at all.
    expect(a.vocab.find((v) => v.word === '报道')?.hard).toBe(true);
    expect(a.vocab.some((v) => v.word === '联系')).toBe(false);
  });

  it('offers a whole sentence with one new word first', () => {
    expect(a.studySentences[0]).toEqual({ index: a.sentences.findIndex((s) => s.text === '大家都很尊重这位老师。'), targets: ['尊重'] });
  });

  it('offers clause excerpts with one new word when the whole sentence has four', () => {
    const dense = a.sentences.findIndex((s) => s.text.startsWith('昨天下午'));
    const excerpts = a.studySentences.filter((s) => s.index === dense);
    expect(excerpts.map((s) => [studyText(a.sentences[dense]!, s).text, s.targets])).toEqual([
      ['昨天下午，我们在图书馆讨论了很多问题', ['讨论']],
      ['老师也表扬了我们。', ['表扬']],
    ]);
    // 气氛非常热烈 teaches two words and the list is short: it may come last, never the whole sentence.
    expect(a.studySentences.some((s) => s.index === dense && s.start === undefined)).toBe(false);
  });

  it('cards show the excerpt, with token offsets into the excerpt', () => {
    const cards = sentenceCards(a);
    expect(cards.map((c) => c.text)).toEqual(shown());
    for (const c of cards) {
      expect(c.tokens.map((t) => t.text).join('')).toBe(c.text);
      for (const t of c.tokens) expect(c.text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});

// What the hand-made sentences below say about their words: which hard key, which can carry a clause.
const keysOf = new Map<string, Set<string>>();
const predicates = new Set<string>();

/** A sentence from `[text, hardKey?, predicate?]` parts. */
function input(index: number, parts: Array<[string, string?, boolean?]>): StudyInput {
  let at = 0;
  const tokens: Segment[] = parts.map(([text, hard, predicate]) => {
    if (hard) keysOf.set(text, new Set([...(keysOf.get(text) ?? []), hard]));
    if (predicate) predicates.add(text);
    return { text, start: at, end: (at += text.length), kind: /^[，。；：]$/.test(text) ? 'punct' : 'word' };
  });
  const hard = new Set(parts.flatMap(([, k]) => (k ? [k] : [])));
  return { index, text: parts.map((p) => p[0]).join(''), body: true, hard, tokens };
}

const words = (usefulness: (k: string) => number): StudyWords => ({
  usefulness,
  hardKey: (w, hard) => [...(keysOf.get(w) ?? [])].find((k) => hard.has(k)) ?? null,
  isPredicate: (w) => predicates.has(w),
});

describe('pickStudySentences', () => {
  const useful = words((k: string) => ({ a: 3, b: 2, c: 1, d: 0 })[k] ?? 0);
  const V = true;
  it('ranks one new word before two, whole before excerpt, and needs a predicate', () => {
    const picks = pickStudySentences(
      [
        input(0, [['朋友', 'b'], ['都', undefined], ['知道', 'a', V], ['这件事情', undefined], ['。']]),
        input(1, [['他们', undefined], ['已经', undefined], ['学习', 'a', V], ['这些', undefined], ['东西', undefined], ['。']]),
        // No predicate: a noun phrase, however long.
        input(2, [['红色', 'c'], ['的', undefined], ['大', undefined], ['房子', undefined], ['和', undefined], ['绿色', undefined], ['的', undefined], ['小', undefined], ['花园', undefined], ['。']]),
        input(3, [['昨天', undefined], ['下午', undefined], ['我们', undefined], ['讨论', 'c', V], ['，'], ['大家', 'd'], ['非常', 'a'], ['满意', 'b', V], ['。']]),
      ],
      useful,
    );
    expect(picks).toEqual([
      { index: 1, targets: ['a'] },
      { index: 3, targets: ['c'], start: 0, end: 8 },
      { index: 0, targets: ['a', 'b'] },
    ]);
  });
  it('stops adding excerpts once the list is full, but keeps every whole sentence', () => {
    const whole = Array.from({ length: STUDY_FILL }, (_, i) => input(i, [['今天', undefined], ['我们', undefined], [`学习第${i}课`, `w${i}`, V], ['。']]));
    const dense = input(99, [['昨天', undefined], ['下午', undefined], ['我们', undefined], ['讨论', 'x', V], ['，'], ['大家', 'y'], ['都', undefined], ['很', undefined], ['满意', 'z', V], ['。']]);
    const picks = pickStudySentences([...whole, dense], useful);
    expect(picks).toHaveLength(STUDY_FILL);
    expect(picks.every((p) => p.start === undefined)).toBe(true);
  });
});

describe('three new words: a last resort for dense text', () => {
  const useful = words(() => 1);
  const V = true;
  const three = (i: number) => input(i, [['我们', undefined], [`第${i}天`, undefined], ['今天', 'a' + i], ['讨论', 'b' + i, V], ['这个', undefined], ['计划', 'c' + i], ['。']]);
  it('offers short clauses with three new words only until there are STUDY_MIN', () => {
    const picks = pickStudySentences(Array.from({ length: STUDY_MIN + 3 }, (_, i) => three(i)), useful);
    expect(picks).toHaveLength(STUDY_MIN);
    expect(picks.every((p) => p.targets.length === 3)).toBe(true);
  });
  it('ranks them after every one- and two-word pick, and never offers four', () => {
    const two = input(50, [['他们', undefined], ['已经', undefined], ['学习', 'x', V], ['这些', 'y'], ['东西', undefined], ['。']]);
    const four = input(51, [['我们', undefined], ['今天', 'p'], ['讨论', 'q', V], ['这个', 'r'], ['计划', 's'], ['。']]);
    const picks = pickStudySentences([three(0), four, two], useful);
    expect(picks.map((p) => p.index)).toEqual([50, 0]);
  });
  it('not when the clause is longer than the preferred length', () => {
    const filler = Array.from({ length: 9 }, (): [string, undefined] => ['很多很多', undefined]);
    const long = input(0, [['我们', undefined], ['今天', 'la'], ['讨论', 'lb', V], ['这个', undefined], ['计划', 'lc'], ...filler, ['。']]);
    expect(pickStudySentences([long], useful)).toEqual([]);
  });
});

describe('the same noun phrase with a verb is a sentence', () => {
  it('is offered once it has a predicate', () => {
    const np = input(2, [['红色', 'c'], ['的', undefined], ['大', undefined], ['房子', undefined], ['和', undefined], ['绿色', undefined], ['的', undefined], ['小', undefined], ['花园', undefined], ['。']]);
    expect(pickStudySentences([np], words(() => 1))).toEqual([]);
    const withVerb = input(2, [['我', undefined], ['喜欢', undefined, true], ['红色', 'c'], ['的', undefined], ['大', undefined], ['房子', undefined], ['。']]);
    expect(pickStudySentences([withVerb], words(() => 1))).toEqual([{ index: 2, targets: ['c'] }]);
  });
});

describe('excerpts are clauses that stand alone', () => {
  const useful = words(() => 1);
  const V = true;
  const sentence = (index: number, lead: Array<[string, string?, boolean?]>) =>
    input(index, [...lead, ['，'], ['大家', 'y2'], ['确实', 'y5'], ['觉得', undefined, V], ['气氛', 'y3'], ['非常', undefined], ['热烈', 'y4', V], ['。']]);
  it('not a time phrase, a subordinate clause or a lead-in to speech', () => {
    const leads: Array<Array<[string, string?, boolean?]>> = [
      [['在', undefined], ['我们', undefined], ['认真', undefined], ['讨论', 'y1', V], ['的', undefined], ['时候', undefined]],
      [['虽然', undefined], ['我们', undefined], ['认真', undefined], ['讨论', 'y1', V], ['了', undefined], ['问题', undefined]],
      [['昨天', undefined], ['下午', undefined], ['那位', undefined], ['老师', undefined], ['表示', 'y1', V]],
    ];
    for (const [i, lead] of leads.entries()) expect(pickStudySentences([sentence(i, lead)], useful), lead.map((p) => p[0]).join('')).toEqual([]);
  });
  it('but a clause with its own predicate is offered', () => {
    const lead: Array<[string, string?, boolean?]> = [['昨天', undefined], ['下午', undefined], ['我们', undefined], ['认真', undefined], ['讨论', 'y1', V], ['了', undefined], ['问题', undefined]];
    expect(pickStudySentences([sentence(0, lead)], useful)).toEqual([{ index: 0, targets: ['y1'], start: 0, end: 13 }]);
  });
});
