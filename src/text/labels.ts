/** Short display labels for vocabulary, shared by the CLI table and the app (level labels live in src/levels). */
import type { VocabItem } from '../domain/types.js';

/** Simplified headword with the traditional form when it differs: 机制〔機制〕. */
export function headword(v: Pick<VocabItem, 'word' | 'traditional'>): string {
  return v.traditional && v.traditional !== v.word ? `${v.word}〔${v.traditional}〕` : v.word;
}
