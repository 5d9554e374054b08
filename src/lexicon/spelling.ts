/**
 * The traditional spelling a word takes, decided once at build time. CC-CEDICT lists one
 * entry per traditional form (旗: 旂 and 旗; 沈: 沈 and 瀋; 当: 噹 and 當) in no useful order;
 * the standard converter's word-level choice (opencc-js, mainland → Taiwan) goes first, so
 * the lexicon's order answers "which traditional form" without loading opencc at run time.
 */
import { toTraditional } from '../script/index.js';
import type { SourceEntry } from './encode.js';

/** Entries in file order, except that within one headword the converter's spelling leads. */
export function preferConverterSpelling(entries: readonly SourceEntry[]): SourceEntry[] {
  const forms = new Map<string, Set<string>>();
  for (const e of entries) (forms.get(e.simplified) ?? forms.set(e.simplified, new Set()).get(e.simplified)!).add(e.traditional);
  const preferred = new Map<string, string>();
  for (const [simplified, traditional] of forms) {
    if (traditional.size < 2) continue;
    const choice = toTraditional(simplified);
    if (traditional.has(choice)) preferred.set(simplified, choice);
  }
  const rank = (e: SourceEntry) => (preferred.get(e.simplified) === e.traditional ? 0 : 1);
  // Only the relative order of equal headwords matters: the encoder sorts by headword, stably.
  return entries.map((e, at) => ({ e, at })).sort((a, b) => rank(a.e) - rank(b.e) || a.at - b.at).map((x) => x.e);
}
