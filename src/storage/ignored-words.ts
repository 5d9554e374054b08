/**
 * Words the learner never wants to see (names the segmenter missed, words they do not care
 * about). Kept apart from known words so "I know it" and "not for me" stay distinguishable.
 */
import type { Database } from './open-database.js';
import { addWords, listWords, removeWords, wordSet, type ListedWord, type WordSet } from './word-list.js';

export function addIgnoredWords(db: Database, words: Iterable<string>, source: string, now: Date): number {
  return addWords(db, 'ignored_words', words, source, now);
}

export function removeIgnoredWords(db: Database, words: Iterable<string>): number {
  return removeWords(db, 'ignored_words', words);
}

export function listIgnoredWords(db: Database): ListedWord[] {
  return listWords(db, 'ignored_words');
}

export function ignoredWordSet(db: Database): WordSet {
  return wordSet(db, 'ignored_words');
}
