/** Short display labels for vocabulary, shared by the CLI table and the app. */
import type { VocabItem } from '../domain/types.js';

/** "5", "~6" for an estimate, "7+" beyond HSK 6, "?" unknown. */
export function levelLabel(v: Pick<VocabItem, 'level' | 'levelEstimated'>): string {
  if (v.level === null) return '?';
  const base = v.level >= 7 ? '7+' : String(v.level);
  return v.levelEstimated ? `~${base}` : base;
}

/** Long form: "HSK 5", "~HSK 6 (estimated)", "beyond HSK". */
export function levelDescription(v: Pick<VocabItem, 'level' | 'levelEstimated'>): string {
  if (v.level === null || v.level >= 7 || v.level < 1) return 'beyond HSK';
  return v.levelEstimated ? `~HSK ${v.level} (estimated)` : `HSK ${v.level}`;
}

/** Simplified headword with the traditional form when it differs: 机制〔機制〕. */
export function headword(v: Pick<VocabItem, 'word' | 'traditional'>): string {
  return v.traditional && v.traditional !== v.word ? `${v.word}〔${v.traditional}〕` : v.word;
}
