/**
 * The learner's words and articles as the app uses them: mark a word known or ignored (and
 * undo it), the words that are not hard, the recently opened articles. Backed by the learner
 * database, or by memory for a `--no-db` run that must touch nothing.
 */
import type { ArticleText } from '../domain/types.js';
import {
  addIgnoredWords,
  addKnownWords,
  listIgnoredWords,
  listKnownWords,
  recentArticles,
  removeIgnoredWords,
  removeKnownWords,
  writeSettings,
  type Database,
  type Settings,
} from '../storage/index.js';
import { markWordsKnown, undoMarkKnown, type MarkKnownUndo } from './mark-known.js';
import { recordOpenedArticles } from './opened-articles.js';

export type WordMark = 'known' | 'ignored';

export interface LearnerStore {
  /** The database behind it (null with --no-db): the export ledger and study collection use it. */
  readonly db: Database | null;
  /** Known and ignored words (simplified keys): never hard. */
  notHard(): string[];
  mark(word: string, as: WordMark): void;
  unmark(word: string, as: WordMark): void;
  /** Marks a batch known at once; the token lists the words really added, for `unmarkAll`. */
  markAll(words: readonly string[]): MarkKnownUndo;
  unmarkAll(undo: MarkKnownUndo): void;
  /** Absolute paths, most recent first. */
  recent(limit?: number): string[];
  recordOpened(articles: readonly ArticleText[], cwd: string): void;
  /** Choices made in the app (a level applied) become the defaults of later runs. */
  remember(settings: Partial<Settings>): void;
}

/** Marks made in the app are written at once, with `source` 'app'. */
export function learnerStore(db: Database | null, now: () => Date = () => new Date()): LearnerStore {
  if (!db) return memoryStore();
  return {
    db,
    notHard: () => [...listKnownWords(db), ...listIgnoredWords(db)].map((w) => w.word),
    mark: (word, as) => void (as === 'known' ? addKnownWords : addIgnoredWords)(db, [word], 'app', now()),
    unmark: (word, as) => void (as === 'known' ? removeKnownWords(db, [word]) : removeIgnoredWords(db, [word])),
    markAll: (words) => markWordsKnown(db, words, 'app', now()),
    unmarkAll: (undo) => void undoMarkKnown(db, undo),
    recent: (limit = 10) => recentArticles(db, limit).map((a) => a.path),
    recordOpened: (articles, cwd) => void recordOpenedArticles(db, articles, cwd, now()),
    remember: (settings) => writeSettings(db, settings, now()),
  };
}

function memoryStore(): LearnerStore {
  const marks = new Map<string, WordMark>();
  return {
    db: null,
    notHard: () => [...marks.keys()],
    mark: (word, as) => void marks.set(word, as),
    unmark: (word, as) => void (marks.get(word) === as && marks.delete(word)),
    markAll: (words) => {
      const added = [...new Set(words)].filter((w) => !marks.has(w));
      for (const w of added) marks.set(w, 'known');
      return { added };
    },
    unmarkAll: (undo) => undo.added.forEach((w) => marks.get(w) === 'known' && marks.delete(w)),
    recent: () => [],
    recordOpened: () => {},
    remember: () => {},
  };
}
