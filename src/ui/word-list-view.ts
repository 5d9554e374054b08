/** What the Words screen lists: the hard words minus those marked away, filtered and sorted. */
import type { SortOrder, VocabItem } from '../domain/types.js';
import { rankVocab } from '../select/index.js';

/** Lower case, tone marks and ü folded, spaces removed: "Diào yán" → "diaoyan". */
export function tonelessPinyin(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[üv]/gi, 'u')
    .replace(/[\s\d]+/g, '')
    .toLowerCase();
}

/** Hanzi (either script), pinyin with or without tones (marks or numbers), or English. */
export function matchesFilter(v: VocabItem, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (v.word.includes(q) || v.traditional.includes(q)) return true;
  const spaced = q.replace(/\s+/g, '');
  if (v.pinyin.replace(/\s+/g, '').toLowerCase().includes(spaced)) return true;
  if (v.pinyinNumbered.replace(/\s+/g, '').toLowerCase().includes(spaced)) return true;
  if (/^[a-zü\d\s]+$/i.test(q) && tonelessPinyin(v.pinyin).includes(tonelessPinyin(q))) return true;
  return v.definitions.some((d) => d.toLowerCase().includes(q));
}

export function visibleWords(vocab: readonly VocabItem[], opts: { removed: ReadonlySet<string>; filter: string; sort: SortOrder }): VocabItem[] {
  const hard = vocab.filter((v) => v.hard && !opts.removed.has(v.word) && matchesFilter(v, opts.filter));
  return rankVocab(hard, opts.sort);
}
