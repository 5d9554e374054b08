import { describe, expect, it } from 'vitest';
import type { ArticleText } from '../../src/domain/types.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { readSentences } from '../../src/pipeline/read-sentences.js';
import { teachesVocabulary } from '../../src/pipeline/sentences.js';
import { tallyWords, wordFactsAhead } from '../../src/pipeline/tally-words.js';

const article = (source: string, ...body: string[]): ArticleText => ({
  source,
  title: source,
  paragraphs: [{ text: '台湾新闻', kind: 'headline' }, ...body.map((text) => ({ text, kind: 'body' as const }))],
});

// The same words in both scripts and in repeated sentences: one key, several spellings and facts objects.
const articles = [
  article('simplified', '台湾的天文台很有名。我们明天去台湾参观天文台。', '台湾的天文台很有名。后来他们又去了台湾。'),
  article('traditional', '臺灣的天文臺很有名。我們明天去臺灣參觀天文臺。', '後來他們又去了臺灣，天文台也去了。'),
];

describe('tallyWords', () => {
  it('counts, spellings in order of first use, and sentences are those of a plain count token by token', () => {
    const lx = loadLexicon();
    const { sentences, numbered } = readSentences(articles, lx);
    const tally = tallyWords(sentences, numbered, lx);
    // The slow way: every word token looked up and counted where it stands.
    const ahead = wordFactsAhead(sentences, lx);
    const expected = new Map<string, { count: number; forms: Map<string, number>; sentences: number[] }>();
    for (const s of sentences) {
      if (!teachesVocabulary(s.paragraphKind)) continue;
      ahead.tokenFacts(s, numbered[s.index]!).forEach((facts, t) => {
        if (!facts) return;
        const e = expected.get(facts.key) ?? expected.set(facts.key, { count: 0, forms: new Map(), sentences: [] }).get(facts.key)!;
        const text = s.tokens[t]!.text;
        e.count++;
        e.forms.set(text, (e.forms.get(text) ?? 0) + 1);
        if (!e.sentences.includes(s.index)) e.sentences.push(s.index);
      });
    }
    const got = [...tally.tallies].map(([key, t]) => [key, { count: t.count, forms: [...t.forms], sentences: t.sentences }]);
    const want = [...expected].map(([key, e]) => [key, { count: e.count, forms: [...e.forms], sentences: e.sentences }]);
    expect(got).toEqual(want);
    // The fixture does exercise both spellings of one key.
    const taiwan = [...tally.tallies.values()].find((t) => t.facts.word === '台湾')!;
    expect([...taiwan.forms.keys()]).toEqual(['台湾', '臺灣']);
    expect(taiwan.count).toBe(taiwan.forms.get('台湾')! + taiwan.forms.get('臺灣')!);
  });
});
