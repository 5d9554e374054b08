/** Words the learner knows: they are never hard and never become cards. Keyed by simplified form. */
import type { Database } from './open-database.js';
import { addWords, listWords, removeWords, wordSet, type ListedWord, type WordSet } from './word-list.js';

export function addKnownWords(db: Database, words: Iterable<string>, source: string, now: Date): number {
  return addWords(db, 'known_words', words, source, now);
}

export function removeKnownWords(db: Database, words: Iterable<string>): number {
  return removeWords(db, 'known_words', words);
}

export function listKnownWords(db: Database): ListedWord[] {
  return listWords(db, 'known_words');
}

export function knownWordSet(db: Database): WordSet {
  return wordSet(db, 'known_words');
}
