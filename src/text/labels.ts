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

/** The spelling the learner met in the article (older saved analyses have none: the headword). */
export function formOf(v: Pick<VocabItem, 'word' | 'form'>): string {
  return v.form || v.word;
}

/** The other script's spelling of the article form ('' when the same). */
export function otherForm(v: Pick<VocabItem, 'word' | 'form' | 'traditional'>): string {
  const form = formOf(v);
  const other = form === v.word ? v.traditional : v.word;
  return other && other !== form ? other : '';
}

/** The article's spelling with the other script's when it differs: 机制〔機制〕, 機制〔机制〕. */
export function headword(v: Pick<VocabItem, 'word' | 'form' | 'traditional'>): string {
  const other = otherForm(v);
  return other ? `${formOf(v)}〔${other}〕` : formOf(v);
}
