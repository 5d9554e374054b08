/** Short display labels for vocabulary, shared by the CLI table and the app (level labels live in src/levels). */
import type { VocabItem } from '../domain/types.js';

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
