/**
 * The analysis pipeline in stage order: sentences → segments → pinyin → dictionary
 * facts → hard words, examples, study sentences, stats. The only module that knows
 * the order; each stage lives in its own folder.
 */
import type { Analysis, ArticleText, Sentence, SortOrder, Token, VocabItem } from '../domain/types.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import { numberedToMarks, sentencePinyin } from '../pinyin/index.js';
import { segmentSentences } from '../segment/index.js';
import {
  coverageByLevel,
  estimatedTextLevel,
  isHard,
  NO_KNOWN_WORDS,
  pickExamples,
  pickStudySentences,
  rankVocab,
  usefulness,
  type KnownWords,
  type SentenceFacts,
} from '../select/index.js';
import { collectSentences, teachesVocabulary } from './sentences.js';
import { createWordFacts, type WordFacts } from './word-facts.js';

export interface AnalyzeOptions {
  level: number;
  known?: KnownWords;
  sort?: SortOrder;
}

interface Tally {
  facts: WordFacts;
  count: number;
  sentences: number[];
}

export function analyzeArticles(articles: readonly ArticleText[], options: AnalyzeOptions, lx: Lexicon = loadLexicon()): Analysis {
  const known = options.known ?? NO_KNOWN_WORDS;
  const raw = collectSentences(articles);
  const sentences: Sentence[] = [];
  // Numbered readings in context, per sentence and token: they pick the dictionary entry.
  const numbered: string[][] = [];
  articles.forEach((_, a) => {
    const mine = raw.filter((s) => s.article === a);
    // Repeated sentences (subtitle refrains, boilerplate, repeated paragraphs) are segmented
    // and read once; their Sentence objects share one token array.
    const unique = [...new Set(mine.map((s) => s.text))];
    const segmented = segmentSentences(unique, lx);
    const read = new Map<string, { tokens: Token[]; numbered: string[] }>();
    unique.forEach((text, i) => {
      const segs = segmented[i]!;
      const readings = sentencePinyin(text, segs, lx);
      read.set(text, {
        // A literal, not a spread: this runs once per token of the text.
        tokens: segs.map((seg, t) => ({ text: seg.text, start: seg.start, end: seg.end, kind: seg.kind, pinyin: readings[t]?.marks ?? '' })),
        numbered: readings.map((r) => r.numbered),
      });
    });
    for (const s of mine) {
      const { tokens, numbered: readings } = read.get(s.text)!;
      sentences[s.index] = { index: s.index, text: s.text, article: s.article, paragraphKind: s.paragraphKind, tokens };
      numbered[s.index] = readings;
    }
  });

  const factsOf = createWordFacts(lx);
  // Sentences that share a token array (repeats) share their facts too.
  const factsByTokens = new Map<Token[], Array<WordFacts | null>>();
  const tallies = new Map<string, Tally>();
  const diagnostics: string[] = [];
  const missing = new Set<string>();
  const tokenLevels: Array<number | null> = [];
  let tokenCount = 0;
  for (const s of sentences) {
    if (!teachesVocabulary(s.paragraphKind)) continue;
    let perToken = factsByTokens.get(s.tokens);
    if (!perToken) {
      const readings = numbered[s.index]!;
      perToken = s.tokens.map((tok, t) => (tok.kind === 'word' ? factsOf(tok.text, readings[t] || null) : null));
      factsByTokens.set(s.tokens, perToken);
    }
    s.tokens.forEach((tok, t) => {
      tokenCount++;
      if (tok.kind !== 'word') return;
      const facts = perToken[t] ?? null;
      tokenLevels.push(facts ? (facts.level ?? 7) : 7);
      if (!facts) {
        if (!missing.has(tok.text)) diagnostics.push(`no dictionary entry for ${tok.text}; left out of the vocabulary`);
        missing.add(tok.text);
        return;
      }
      const tally = tallies.get(facts.key) ?? { facts, count: 0, sentences: [] };
      tally.count++;
      if (tally.sentences.at(-1) !== s.index) tally.sentences.push(s.index);
      tallies.set(facts.key, tally);
    });
  }

  const policy = { level: options.level, known };
  const hardKeys = new Set([...tallies].filter(([, t]) => isHard(t.facts, policy)).map(([k]) => k));
  const facts: SentenceFacts[] = sentences.map((s) => ({
    index: s.index,
    length: [...s.text.replace(/\s+/g, '')].length,
    body: s.paragraphKind === 'body',
    hardWords: new Set<string>(),
    text: s.text.replace(/\s+/g, ''),
  }));
  for (const key of hardKeys) for (const i of tallies.get(key)!.sentences) (facts[i]!.hardWords as Set<string>).add(key);

  const vocab: VocabItem[] = [...tallies].map(([key, t]) => toVocabItem(t, hardKeys.has(key), hardKeys.has(key) ? pickExamples(key, t.sentences, facts) : pickExamples(key, t.sentences, facts, 1)));
  const byKey = new Map([...tallies.keys()].map((k, i) => [k, vocab[i]!]));
  const usefulByKey = (k: string) => usefulness(byKey.get(k)!);
  const studySentences = pickStudySentences(facts, usefulByKey).map((s) => ({ index: s.index, targets: s.targets.map((k) => byKey.get(k)!.word) }));
  const coverage = coverageByLevel(tokenLevels);
  const hardTokens = [...hardKeys].reduce((n, k) => n + tallies.get(k)!.count, 0);
  return {
    level: options.level,
    articles: articles.map((a) => ({ source: a.source, title: a.title })),
    sentences,
    vocab: rankVocab(vocab, options.sort ?? 'useful'),
    studySentences,
    stats: {
      tokens: tokenCount,
      wordTokens: tokenLevels.length,
      uniqueWords: tallies.size,
      hardWords: hardKeys.size,
      coverage,
      learnerCoverage: tokenLevels.length ? Math.round((1 - hardTokens / tokenLevels.length) * 10_000) / 10_000 : 0,
      estimatedLevel: estimatedTextLevel(coverage),
    },
    diagnostics,
  };
}

function toVocabItem(t: Tally, hard: boolean, examples: number[]): VocabItem {
  const d = t.facts.definition;
  return {
    word: t.facts.word,
    traditional: t.facts.traditional,
    pinyin: numberedToMarks(d.pinyinNumbered),
    pinyinNumbered: d.pinyinNumbered,
    definitions: d.definitions,
    classifier: d.classifier,
    level: t.facts.level,
    levelEstimated: t.facts.levelEstimated,
    frequencyRank: t.facts.frequencyRank,
    count: t.count,
    hard,
    examples,
    firstSentence: t.sentences[0]!,
  };
}
