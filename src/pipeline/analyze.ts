/**
 * The analysis pipeline in stage order: sentences → segments and pinyin (read-sentences)
 * → dictionary facts and counts (tally-words) → hard words, examples, study sentences and
 * stats (select). The only module that knows the order.
 */
import type { Analysis, ArticleText, SortOrder, VocabItem } from '../domain/types.js';
import type { LevelSystem } from '../levels/index.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import { numberedToMarks } from '../notation/index.js';
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
import { readSentences } from './read-sentences.js';
import { tallyWords, type Tally } from './tally-words.js';

export interface AnalyzeOptions {
  level: number;
  known?: KnownWords;
  sort?: SortOrder;
  /** The learner's level system (default HSK 2.0): `level` and every word level are on its scale. */
  system?: LevelSystem;
}

export function analyzeArticles(articles: readonly ArticleText[], options: AnalyzeOptions, lx: Lexicon = loadLexicon()): Analysis {
  const known = options.known ?? NO_KNOWN_WORDS;
  const { sentences, numbered } = readSentences(articles, lx);
  const { tallies, tokenLevels, tokenCount, diagnostics } = tallyWords(sentences, numbered, lx, options.system);

  const policy = { level: options.level, known };
  const hardKeys = new Set([...tallies].filter(([, t]) => isHard(t.facts, policy)).map(([k]) => k));
  // Selection: which words are hard, their examples, the study sentences, the stats.
  const facts: SentenceFacts[] = sentences.map((s) => {
    const text = s.text.replace(/\s+/g, '');
    return { index: s.index, length: [...text].length, body: s.paragraphKind === 'body', hardWords: new Set<string>(), text };
  });
  for (const key of hardKeys) for (const i of tallies.get(key)!.sentences) (facts[i]!.hardWords as Set<string>).add(key);

  // Hard words get their three best examples; the others one, for the app's detail view.
  const vocab: VocabItem[] = [...tallies].map(([key, t]) => {
    const hard = hardKeys.has(key);
    return toVocabItem(t, hard, pickExamples(key, t.sentences, facts, hard ? 3 : 1));
  });
  const byKey = new Map([...tallies.keys()].map((k, i) => [k, vocab[i]!]));
  const usefulByKey = (k: string) => usefulness(byKey.get(k)!);
  const studySentences = pickStudySentences(facts, usefulByKey).map((s) => ({ index: s.index, targets: s.targets.map((k) => byKey.get(k)!.word) }));
  const scale = options.system?.scale;
  const coverage = coverageByLevel(tokenLevels, scale);
  const hardTokens = [...hardKeys].reduce((n, k) => n + tallies.get(k)!.count, 0);
  return {
    level: options.level,
    ...(scale ? { scale } : {}),
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
      estimatedLevel: estimatedTextLevel(coverage, scale),
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
