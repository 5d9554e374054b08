/**
 * One open set of articles and the questions the app asks about it (an analysis at a level,
 * the hard-word count at every level, a quick summary of another file). Shared by the
 * analysis worker and by callers that run it in-process (tests, scripts).
 */
import { articleDifficulty } from '../difficulty/index.js';
import type { Analysis, ArticleText, SortOrder } from '../domain/types.js';
import { readInputs } from '../ingest/index.js';
import { chooseLevelSystem, scaleLevels, type LevelSystem } from '../levels/index.js';
import { loadLexicon } from '../lexicon/index.js';
import { projectRoot } from '../paths/index.js';
import { combineKnown, knownWordsFrom, type KnownWords } from '../select/index.js';
import { analyzeArticles } from './analyze.js';
import { readKnownFile } from './load-inputs.js';

export interface OpenRequest {
  inputs: string[];
  encoding: string | null;
  /** A known-words file (`--known`), read once when the set is opened. */
  knownFile: string | null;
  level: number;
  sort: SortOrder;
  /** Words not hard besides the file's: the learner database's known and ignored words. */
  notHard: readonly string[];
  /** The level system (`--levels`): hsk2 (default), hsk3, freq or a list file; rebuilt here. */
  levels?: string;
}

export interface LevelRow {
  level: number;
  hardWords: number;
  /** Share of word tokens a learner at this level handles (with their known words). */
  coverage: number;
  /** The article's coverage curve at this level (articleDifficulty): word tokens and characters listed at or below it. */
  tokens: number;
  chars: number;
}

export interface ArticleSummary {
  path: string;
  title: string;
  /** Chinese characters in the text. */
  hanzi: number;
  estimatedLevel: number;
  hardWords: number;
  /** Share of word tokens this learner handles at their level (articleDifficulty's personal coverage). */
  coverage: number;
  /** The estimated level's name in the system ("HSK3 4", "beyond HSK 6"). */
  estimatedLevelName: string;
}

/** The asynchronous face of a session: the worker client and the in-process session share it. */
export interface Opened {
  analysis: Analysis;
  /** The articles as read, for the caller to record (see learner/recordOpenedArticles). */
  articles: ArticleText[];
}

export interface AnalysisService {
  open(req: OpenRequest): Promise<Opened>;
  /** Re-selects on the open set (no re-reading of files). */
  reanalyze(level: number, notHard: readonly string[]): Promise<Analysis>;
  levels(notHard: readonly string[]): Promise<LevelRow[]>;
  /** `levels`: the level system spec, as in OpenRequest (the Library summarises before any open). */
  summarize(path: string, level: number, notHard: readonly string[], levels?: string): Promise<ArticleSummary>;
  close(): void;
}

const HAN = /\p{Script=Han}/gu;

export class AnalysisSession {
  private articles: ArticleText[] = [];
  private fileKnown: KnownWords | undefined;
  private sort: SortOrder = 'useful';
  private system: LevelSystem | undefined;
  private readonly systems = new Map<string, LevelSystem | undefined>();

  /** Lists load once per spec; HSK 2.0 is the engine's default and needs nothing. */
  private systemFor(spec: string | undefined): LevelSystem | undefined {
    if (!spec || spec === 'hsk2') return undefined;
    if (!this.systems.has(spec)) this.systems.set(spec, chooseLevelSystem(spec, loadLexicon(), projectRoot()));
    return this.systems.get(spec);
  }

  async open(req: OpenRequest): Promise<Opened> {
    this.system = this.systemFor(req.levels);
    const fileKnown = req.knownFile ? readKnownFile(req.knownFile) : undefined;
    // A failed read leaves the open set as it was: the app keeps showing it.
    const articles = await readInputs(req.inputs, req.encoding ? { encoding: req.encoding } : {});
    [this.fileKnown, this.articles, this.sort] = [fileKnown, articles, req.sort];
    return { analysis: this.reanalyze(req.level, req.notHard), articles };
  }

  reanalyze(level: number, notHard: readonly string[]): Analysis {
    return analyzeArticles(this.articles, { level, known: this.known(notHard), sort: this.sort, system: this.system });
  }

  /** Every level of the system: hard words and the learner's coverage there, and the article's curve. */
  levels(notHard: readonly string[]): LevelRow[] {
    const known = this.known(notHard);
    return scaleLevels(this.system?.scale).map((level) => {
      const a = analyzeArticles(this.articles, { level, known, sort: this.sort, system: this.system });
      const point = articleDifficulty(a, 0).curve[level - 1]!;
      return { level, hardWords: a.stats.hardWords, coverage: a.stats.learnerCoverage, tokens: point.tokens, chars: point.chars };
    });
  }

  async summarize(path: string, level: number, notHard: readonly string[], levels?: string): Promise<ArticleSummary> {
    const system = this.systemFor(levels);
    const articles = await readInputs([path]);
    const a = analyzeArticles(articles, { level, known: this.known(notHard), system });
    const d = articleDifficulty(a, 0);
    const hanzi = articles.reduce((n, art) => n + art.paragraphs.reduce((m, p) => m + (p.text.match(HAN)?.length ?? 0), 0), 0);
    return {
      path,
      title: articles[0]?.title ?? path,
      hanzi,
      estimatedLevel: a.stats.estimatedLevel,
      estimatedLevelName: d.estimatedLevelName,
      hardWords: a.stats.hardWords,
      coverage: d.personal.tokens,
    };
  }

  private known(notHard: readonly string[]): KnownWords | undefined {
    const db = notHard.length ? knownWordsFrom(notHard.map((word) => ({ word }))) : undefined;
    return this.fileKnown || db ? combineKnown(this.fileKnown, db) : undefined;
  }
}

/** The session behind the service interface, on this thread (blocks while it works). */
export function inProcessService(session = new AnalysisSession()): AnalysisService {
  return {
    open: (req) => session.open(req),
    reanalyze: async (level, notHard) => session.reanalyze(level, notHard),
    levels: async (notHard) => session.levels(notHard),
    summarize: (path, level, notHard, levels) => session.summarize(path, level, notHard, levels),
    close: () => {},
  };
}
