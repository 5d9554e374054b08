/**
 * A learner's hand-picked selection as an analysis the exporter takes as is: only the chosen
 * hard words stay hard (in their order), only the chosen study sentences stay.
 */
import type { Analysis } from '../domain/types.js';

export interface Selection {
  /** Simplified headwords to export as word cards. */
  words: ReadonlySet<string>;
  /** Sentence indexes (analysis.sentences) to export as sentence cards. */
  sentences: ReadonlySet<number>;
}

export function curatedAnalysis(analysis: Analysis, selection: Selection): Analysis {
  const vocab = analysis.vocab.map((v) => (v.hard && !selection.words.has(v.word) ? { ...v, hard: false } : v));
  const studySentences = analysis.studySentences.filter((s) => selection.sentences.has(s.index));
  const hardWords = vocab.filter((v) => v.hard).length;
  return { ...analysis, vocab, studySentences, stats: { ...analysis.stats, hardWords } };
}
