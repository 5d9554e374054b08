/**
 * The text a study sentence shows: the whole sentence, or its excerpt with the tokens cut to
 * it and their offsets re-based, so every view (app, cards, tables) shows the same words.
 */
import type { Sentence, StudySentence, Token } from './types.js';

export function studyText(sentence: Sentence, study: StudySentence): { text: string; tokens: Token[] } {
  if (study.start === undefined || study.end === undefined) return { text: sentence.text, tokens: sentence.tokens };
  const { start, end } = study;
  const tokens = sentence.tokens.filter((t) => t.start >= start && t.end <= end).map((t) => ({ ...t, start: t.start - start, end: t.end - start }));
  return { text: sentence.text.slice(start, end), tokens };
}
