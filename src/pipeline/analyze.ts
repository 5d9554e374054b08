/**
 * The analysis pipeline in stage order: sentences → segments and pinyin (read-sentences)
 * → dictionary facts and counts (tally-words) → hard words, examples, study sentences and
 * stats (select). The only module that knows the order.
 */
import type { Analysis, ArticleText, Sentence, SortOrder, VocabItem } from '../domain/types.js';
import type { LevelSystem } from '../levels/index.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import { numberedToMarks } from '../notation/index.js';
import {
  countHan,
  coverageByLevel,
  estimatedTextLevel,
  isHard,
  NO_KNOWN_WORDS,
  pickExamples,
  pickStudySentences,
  rankVocab,
  textDifficulty,
  usefulness,
  type KnownWords,
  type SentenceFacts,
} from '../select/index.js';
import type { CutterThread } from './cutter-thread.js';
import { readSentencesCutAhead } from './read-cut-ahead.js';
import { DEFAULT_WORKERS, readSentencesInWorkers } from './read-in-workers.js';
import { readSentences, type ReadSentences } from './read-sentences.js';
import { collectSentences, teachesVocabulary } from './sentences.js';
import { studyInputs, studyWords } from './study-inputs.js';
import { tallyWords, wordFactsAhead, type Tally, type WordFactsAhead } from './tally-words.js';

export interface AnalyzeOptions {
  level: number;
  known?: KnownWords;
  sort?: SortOrder;
  /** The learner's level system (default HSK 2.0): `level` and every word level are on its scale. */
  system?: LevelSystem;
}

/** How the work is spread (analyzeInWorkers): none of it changes the Analysis. */
export interface ParallelOptions {
  /** With `workers`, inputs of at least this many characters are read on worker threads (default 300,000, ~1 MB). */
  workerThreshold?: number;
  /** Worker threads for long inputs besides this one (default DEFAULT_WORKERS, 0: this thread reads alone; see its measurements). */
  workers?: number;
  /** Characters read so far and in all, after each part. */
  onProgress?: (done: number, total: number) => void;
  /** Reading-part size (tests make it small to force several parts). */
  partChars?: number;
  /**
   * nodejieba on its own thread, started early (see CutterThread): this thread reads with its
   * cuts and never loads the segmenter. Not used when the input is read in worker threads.
   */
  cutter?: CutterThread;
}

/** Below this, starting workers (each loads the segmenter) costs more than it saves. */
export const WORKER_THRESHOLD_CHARS = 300_000;

export function analyzeArticles(articles: readonly ArticleText[], options: AnalyzeOptions, lx: Lexicon = loadLexicon()): Analysis {
  return analyzeRead(articles, readSentences(articles, lx), options, lx);
}

/**
 * The same Analysis as analyzeArticles; long inputs are read on all cores (worker threads),
 * short ones (one article) in this thread so a cold start pays for no worker.
 */
export async function analyzeInWorkers(articles: readonly ArticleText[], options: AnalyzeOptions & ParallelOptions): Promise<Analysis> {
  const lx = loadLexicon();
  if (!readsInWorkers(articles, options)) {
    const read = options.cutter ? await readSentencesCutAhead(articles, lx, options.cutter, options.onProgress, options.partChars) : readSentences(articles, lx, options.onProgress);
    return analyzeRead(articles, read, options, lx);
  }
  // While the workers read, this thread looks up the word facts of each part they hand back.
  const raw = collectSentences(articles);
  const ahead = wordFactsAhead(raw, lx, options.system);
  const read = await readSentencesInWorkers(raw, { ...options, onPart: (part) => ahead.warm(part.sentences, part.numbered) });
  return analyzeRead(articles, read, options, lx, ahead);
}

/** Whether analyzeInWorkers reads these articles on worker threads (else this thread needs the segmenter). */
export function readsInWorkers(articles: readonly ArticleText[], options: ParallelOptions): boolean {
  const chars = articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
  return (options.workers ?? DEFAULT_WORKERS) > 0 && chars >= (options.workerThreshold ?? WORKER_THRESHOLD_CHARS);
}

function analyzeRead(articles: readonly ArticleText[], read: ReadSentences, options: AnalyzeOptions, lx: Lexicon, ahead?: WordFactsAhead): Analysis {
  const known = options.known ?? NO_KNOWN_WORDS;
  const { sentences, numbered } = read;
  const { tallies, tokenLevels, tokenCount, diagnostics } = tallyWords(sentences, numbered, lx, options.system, ahead);

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
  const forms = (k: string) => [byKey.get(k)!.word, byKey.get(k)!.traditional];
  const inputs = studyInputs(sentences, (i) => facts[i]!.hardWords);
  const studySentences = pickStudySentences(inputs, studyWords(lx, forms, usefulByKey)).map((s) => ({ ...s, targets: s.targets.map((k) => byKey.get(k)!.word) }));
  const scale = options.system?.scale;
  const coverage = coverageByLevel(tokenLevels, scale);
  // Word tokens without a dictionary entry are never hard, but the learner does not know them either.
  const missing = tokenLevels.length - [...tallies.values()].reduce((n, t) => n + t.count, 0);
  const hardTokens = [...hardKeys].reduce((n, k) => n + tallies.get(k)!.count, 0);
  const difficulty = textDifficulty({
    level: options.level,
    wordTokens: tokenLevels.length,
    unknownTokens: hardTokens + missing,
    hanChars: hanCharacters(sentences),
    coverage,
    scale,
  });
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
      learnerCoverage: difficulty.coverage,
      estimatedLevel: estimatedTextLevel(coverage, scale),
      difficulty,
    },
    diagnostics,
  };
}

/** Chinese characters of the text that teaches vocabulary (the text word tokens come from). */
function hanCharacters(sentences: readonly Sentence[]): number {
  let n = 0;
  for (const s of sentences) if (teachesVocabulary(s.paragraphKind)) n += countHan(s.text);
  return n;
}

/** The spelling met most often (the first on a tie): what the learner saw in the article. */
function mainForm(t: Tally): string {
  let best = t.facts.word;
  let most = 0;
  for (const [form, n] of t.forms) if (n > most) (best = form), (most = n);
  return best;
}

function toVocabItem(t: Tally, hard: boolean, examples: number[]): VocabItem {
  const d = t.facts.definition;
  const form = mainForm(t);
  return {
    word: t.facts.word,
    form,
    // A traditional article's own spelling beats the dictionary's: 台 stays 台, not 臺.
    traditional: form !== t.facts.word || t.inTraditional ? form : t.facts.traditional,
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
