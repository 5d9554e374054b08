import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordGuid } from '../../src/anki/index.js';
import { sentenceFields, wordFields } from '../../src/anki/fields.js';
import { sentenceCards, wordCards } from '../../src/cards/index.js';
import { styleFor } from '../../src/cli/colors.js';
import { formatTable } from '../../src/cli/format-analysis.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { openccLoaded } from '../../src/script/index.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'pipeline');


describe('the article keeps its script', () => {
  // First in this file: simplified input must not load opencc (it costs seconds at start-up).
  it('simplified text never loads the converter, and shows simplified forms', async () => {
    const a = analyzeArticles(await readInputs([join(fixtures, 'simplified-variants.txt')]), { level: 3 });
    expect(openccLoaded()).toBe(false);
    const scope = a.vocab.find((v) => v.word === '望远镜')!;
    expect([scope.form, scope.traditional]).toEqual(['望远镜', '望遠鏡']);
    expect(a.vocab.every((v) => v.form === v.word)).toBe(true);
  });

  it('traditional text: variants find their entries, every item shows the article spelling', async () => {
    const a = analyzeArticles(await readInputs([join(fixtures, 'traditional-variants.txt')]), { level: 3 });
    expect(a.diagnostics.filter((d) => d.includes('no dictionary entry'))).toEqual([]);
    const byWord = new Map(a.vocab.map((v) => [v.word, v]));
    const pairs: Array<[string, string]> = [['天文台', '天文臺'], ['借鉴', '借鑑'], ['云台', '雲台'], ['望远镜', '望遠鏡'], ['当天', '當天']];
    for (const [word, form] of pairs) {
      expect(byWord.get(word)?.form, word).toBe(form);
      expect(byWord.get(word)?.traditional, word).toBe(form);
    }
    // Every vocab item is spelt as in the text: no simplified form where the article wrote traditional.
    const texts = new Set(a.sentences.flatMap((s) => s.tokens.map((t) => t.text)));
    for (const v of a.vocab) expect(texts.has(v.form!), v.word).toBe(true);
    // 里 written in traditional text is the unit of length, not 裡 "inside".
    expect(byWord.get('里')?.definitions[0]).toMatch(/measure of length/);
    expect(formatTable(a, styleFor({ isTTY: false }, {}), 50, 120)).toContain('天文臺〔天文台〕');
  });

  it('cards: Hanzi is the article form, the other script beside it, the GUID stays simplified', async () => {
    const trad = analyzeArticles(await readInputs([join(fixtures, 'traditional-variants.txt')]), { level: 3 });
    const simp = analyzeArticles(await readInputs([join(fixtures, 'simplified-variants.txt')]), { level: 3 });
    const card = wordCards(trad).find((c) => c.simplified === '望远镜')!;
    const [hanzi, other] = wordFields(card);
    expect([hanzi, other]).toEqual(['望遠鏡', '望远镜']);
    expect(wordFields(card)[9]).toContain('<b>望遠鏡</b>');
    const simpCard = wordCards(simp).find((c) => c.simplified === '望远镜')!;
    expect(wordFields(simpCard).slice(0, 2)).toEqual(['望远镜', '望遠鏡']);
    expect(wordGuid(card.simplified, card.pinyinNumbered)).toBe(wordGuid(simpCard.simplified, simpCard.pinyinNumbered));
    for (const s of sentenceCards(trad)) {
      const [sentence] = sentenceFields(s);
      for (const t of s.targets) expect(sentence, t.word).toContain(`<b>${t.word}</b>`);
    }
  });
});
