/** Card content, independent of any output format (Anki, TSV, Pleco, terminal study). */
import type { LevelScale } from '../levels/index.js';
import type { Token } from '../domain/types.js';

export interface CardSource {
  /** Article title (headline or file name). */
  title: string;
  /** File name of the article (never its folders); '' for stdin. */
  file: string;
}

/** An example sentence with the target word located in it. */
export interface CardSentence {
  text: string;
  /** Tokens covering `text`, each with tone-mark pinyin ('' for punctuation). */
  tokens: Token[];
  /** UTF-16 offsets of the target word inside `text`. */
  targetStart: number;
  targetEnd: number;
}

export interface WordCard {
  /** Simplified headword: with the reading, the card's identity (GUID) in either script. */
  simplified: string;
  traditional: string;
  /** The spelling in the article (traditional for a traditional article): the card's Hanzi; `simplified` when absent. */
  form?: string;
  /** Tone marks, syllables separated by single spaces: `diào yán`. */
  pinyin: string;
  /** CC-CEDICT style numbers: `diao4 yan2` (ü written as `u:`). */
  pinyinNumbered: string;
  /** Cleaned senses, most useful first; never empty. */
  definitions: string[];
  /** e.g. `个 (gè)`; '' when CC-CEDICT gives none. */
  classifier: string;
  /** Level on the analysis's scale (HSK 2.0 1–6, 7 beyond, unless `scale` says otherwise); null when unknown. */
  level: number | null;
  levelEstimated: boolean;
  /** The level system's scale when not HSK 2.0 (`--levels`), for the HSK field and tag. */
  scale?: LevelScale;
  /** Best corpus frequency rank (lower = more common); null when unknown. */
  frequencyRank: number | null;
  sentence: CardSentence | null;
  source: CardSource;
}

export interface SentenceTarget {
  /** The target as the article spells it. */
  word: string;
  /** Spellings to highlight in the sentence (article form, simplified, traditional). */
  forms: string[];
  pinyin: string;
  /** Short meaning (first sense or two). */
  meaning: string;
}

export interface SentenceCard {
  text: string;
  tokens: Token[];
  targets: SentenceTarget[];
  source: CardSource;
}
