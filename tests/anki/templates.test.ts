/** Cards as Anki renders them: what each side shows, and which cards a note gets. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeckPlan, WORD_FIELDS, wordGuid, writeApkg, type CardKind } from '../../src/anki/index.js';
import { WORD_NOTE_TYPE } from '../../src/anki/note-types.js';
import type { WordCard } from '../../src/cards/index.js';
import { sentence, SOURCE } from '../fixtures/anki/cards.js';
import { Collection, fieldIsEmpty, ordsByReq, render, type Req } from './anki-sim.js';

const dir = mkdtempSync(join(tmpdir(), 'zhcards-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NOW = new Date('2026-03-01T08:00:00Z');

/** The target twice (once inside a longer word), and its headword inside a definition. */
const DIAOYAN_TWICE: WordCard = {
  simplified: '调研',
  traditional: '調研',
  pinyin: 'diào yán',
  pinyinNumbered: 'diao4 yan2',
  definitions: ['to investigate', 'research (as in 调研报告 / 調研報告, research report)'],
  classifier: '',
  level: 5,
  levelEstimated: false,
  frequencyRank: 4870,
  sentence: sentence(
    [['调研', 'diào yán'], ['结束', 'jié shù'], ['后', 'hòu'], ['，', ''], ['他们', 'tā men'], ['把', 'bǎ'], ['调研报告', 'diào yán bào gào'],
     ['交给', 'jiāo gěi'], ['了', 'le'], ['市政府', 'shì zhèng fǔ'], ['。', '']],
    0,
  ),
  source: SOURCE,
};

const fieldsOf = (kinds: CardKind[], card = DIAOYAN_TWICE) => {
  const plan = buildDeckPlan({ deckName: 'zhcards::T', words: [card], templates: kinds, now: NOW, articleSlug: 't' });
  return new Map(WORD_FIELDS.map((name, i) => [name, plan.notes[0]!.fields[i]!]));
};
const side = (ord: number, fields: Map<string, string>) => {
  const t = WORD_NOTE_TYPE.templates[ord]!;
  const q = render(t.qfmt, fields).html;
  return { q, a: render(t.afmt, fields, q).html };
};
const count = (text: string, part: string) => text.split(part).length - 1;

describe('what each card shows', () => {
  const all = fieldsOf(['recognition', 'production', 'listening']);

  it('production: every occurrence blanked, no headword in either script, no reading', () => {
    const { q } = side(1, all);
    expect(count(q, 'class="cloze"')).toBe(2);
    expect(q).not.toMatch(/调|研|調/);
    expect(q).not.toContain('diào');
    expect(q).toContain('to investigate');
    expect(q).toContain('research (as in ～报告 / ～報告, research report)');
  });

  it('production answer: the English once, then the word and its sentence', () => {
    const { a } = side(1, all);
    expect(count(a, 'to investigate')).toBe(1);
    expect(count(a, 'class="english"')).toBe(1);
    expect(a).toContain('<span class="tone4">调</span><span class="tone2">研</span>');
    expect(a).toContain('<ruby><rb>调</rb><rt>diào</rt></ruby>');
  });

  it('recognition: the word only on the front, its meaning on the back', () => {
    const { q, a } = side(0, all);
    expect(q).toContain('调研');
    expect(q).not.toContain('investigate');
    expect(count(a, 'to investigate')).toBe(1);
  });

  it('listening: the word goes to TTS, no Hanzi is printed', () => {
    const { q } = side(2, all);
    expect(q.replace(/\[anki:tts\][\s\S]*?\[\/anki:tts\]/g, '')).not.toMatch(/调|研/);
    expect(q).toContain('[anki:tts]调研[/anki:tts]');
  });

  it('the source shows the title and the file name', () => {
    const { a } = side(0, all);
    expect(a).toContain('<span class="title">乡村振兴调查</span> <span class="file">xiangcun.txt</span>');
    expect(a).not.toContain('articles/');
  });
});

/** Anki's legacy _reqForTemplate, on the test renderer: fields that must be filled for the front. */
function reqFor(ord: number): Req {
  const names = WORD_FIELDS as readonly string[];
  const qfmt = WORD_NOTE_TYPE.templates[ord]!.qfmt;
  const html = (values: (name: string, i: number) => string) => render(qfmt, new Map(names.map((n, i) => [n, values(n, i)]))).html;
  const empty = html(() => '');
  if (html(() => 'ankiflag') === empty) return [ord, 'none', []];
  const all = names.map((_n, i) => i).filter((i) => !html((_n, j) => (j === i ? '' : 'ankiflag')).includes('ankiflag'));
  if (all.length) return [ord, 'all', all];
  return [ord, 'any', names.map((_n, i) => i).filter((i) => html((_n, j) => (j === i ? '1' : '')) !== empty)];
}

describe('which cards a note gets', () => {
  it('the note type req is what Anki computes from the templates', () => {
    expect(WORD_NOTE_TYPE.req).toEqual([0, 1, 2].map(reqFor));
  });

  it('no card for an empty switch field, by the legacy req and by current Anki\'s render rule', () => {
    for (const kinds of [['recognition'], ['production'], ['recognition', 'listening'], ['recognition', 'production', 'listening']] as CardKind[][]) {
      const fields = fieldsOf(kinds);
      const values = [...fields.values()];
      const expected = kinds.map((k) => ({ recognition: 0, production: 1, listening: 2 })[k]).sort();
      expect(ordsByReq(WORD_NOTE_TYPE.req as Req[], values)).toEqual(expected);
      const rendered = WORD_NOTE_TYPE.templates.filter((t) => render(t.qfmt, fields).showsField).map((t) => t.ord);
      expect(rendered).toEqual(expected);
      expect(fieldIsEmpty(fields.get('MakeListening')!)).toBe(!kinds.includes('listening'));
    }
  });

  it('editing a note creates no card the learner did not choose; filling a switch does', async () => {
    const plan = buildDeckPlan({ deckName: 'zhcards::T', words: [DIAOYAN_TWICE], templates: ['recognition', 'production'], now: NOW, articleSlug: 't' });
    const path = join(dir, 'edit.apkg');
    await writeApkg(plan, path);
    const col = new Collection();
    await col.importApkg(path);
    const guid = wordGuid('调研', 'diao4 yan2');
    expect(col.cards.size).toBe(2);
    col.edit(guid, { Notes: '写报告前先调研' }, null, Math.floor(NOW.getTime() / 1000) + 60);
    expect(col.cards.size).toBe(2);
    col.edit(guid, { MakeListening: 'y' }, null, Math.floor(NOW.getTime() / 1000) + 120);
    expect([...col.cards.keys()].sort()).toEqual([`${guid}:0`, `${guid}:1`, `${guid}:2`]);
  });
});
