/** Shared data shapes that flow through the pipeline: ingest → analyze → select → cards. */
import type { LevelScale } from '../levels/scale.js';

/**
 * What a piece of text is, for vocabulary purposes. Only `word` tokens can become vocabulary.
 * A `fragment` is a single character left over from cutting up a word the dictionary lacks
 * (膝 of 膝伤, 村 of 塘岐村): it has a reading but is not a word of the sentence.
 */
export type TokenKind = 'word' | 'name' | 'number' | 'latin' | 'punct' | 'fragment' | 'other';

/** Role of a paragraph inside an article. Only `body` text yields study sentences. */
export type ParagraphKind = 'body' | 'headline' | 'byline' | 'masthead';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
}

/** One input after decoding, markup removal and reflow. */
export interface ArticleText {
  /** File path as given by the user, or `-` for stdin. */
  source: string;
  /** Headline if one was found, else the file's base name. */
  title: string;
  paragraphs: Paragraph[];
}

/** A segmented token with its place in the sentence (UTF-16 offsets). */
export interface Segment {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

export interface Token extends Segment {
  /** Tone marks, syllables separated by single spaces; '' for punctuation. */
  pinyin: string;
}

export interface Sentence {
  index: number;
  text: string;
  /** Index of the article in the inputs. */
  article: number;
  paragraphKind: ParagraphKind;
  tokens: Token[];
}

/** A dictionary word met in the analysed text, with what a learner needs to know about it. */
export interface VocabItem {
  /** Simplified headword: the key (with the reading) that card GUIDs and known words use. */
  word: string;
  /**
   * The spelling in the article (traditional in a traditional article: 鏡 for 镜). Always set
   * by analyze; absent in analyses saved by older versions (then read it as `word`).
   */
  form?: string;
  /** Traditional spelling: the article's own when it is traditional, else the standard converter's. */
  traditional: string;
  /** Citation reading from CC-CEDICT in tone marks: `zài tǐ`. */
  pinyin: string;
  pinyinNumbered: string;
  definitions: string[];
  /** Measure word(s) like `个 (gè)`, or ''. */
  classifier: string;
  /** HSK 2.0 level 1–6, 7 for beyond HSK 6, null if unknown. */
  level: number | null;
  levelEstimated: boolean;
  frequencyRank: number | null;
  /** Occurrences in the analysed text. */
  count: number;
  hard: boolean;
  /** Best example sentences (indexes into the analysis sentences), best first. */
  examples: number[];
  /** Index of the sentence where the word first appears. */
  firstSentence: number;
}

export interface StudySentence {
  index: number;
  /** Hard words (simplified) the sentence teaches. */
  targets: string[];
  /**
   * Set when the study sentence is an excerpt (a run of clauses): its UTF-16 offsets in the
   * sentence text, `text.slice(start, end)`. Absent when the whole sentence is the study sentence.
   */
  start?: number;
  end?: number;
}

/**
 * What a learner can act on, beyond the estimated level. `coverage` and `unknownPer100Chars`
 * are for this learner (their hard list); the levels, like `estimatedLevel`, are the article's.
 */
export interface TextDifficulty {
  /** The learner's level these numbers are for. */
  level: number;
  /** Share of word tokens the learner knows: not hard at their level (= `learnerCoverage`). */
  coverage: number;
  /**
   * Share of word tokens listed at or below the learner's level (= `coverage[level]`). Lower than
   * `coverage` by the words they can work out: compounds of known parts, their known-words list.
   */
  listedCoverage: number;
  /** Word tokens the learner does not know (hard, or not in the dictionary) per 100 Chinese characters. */
  unknownPer100Chars: number;
  /** Lowest level whose listed coverage reaches 90% (98%); 7 means beyond HSK 6. */
  level90: number;
  level98: number;
}

export interface AnalysisStats {
  tokens: number;
  wordTokens: number;
  uniqueWords: number;
  hardWords: number;
  /** Level (1–6) → share of word tokens listed (HSK or estimated level) at or below it. */
  coverage: Record<string, number>;
  /**
   * Share of word tokens this learner knows: not hard (listed at or below their level, worked
   * out from known parts, or in their known-words list). Higher than `coverage[level]` by the
   * words the hardness rule clears.
   */
  learnerCoverage: number;
  /** Lowest level whose listed coverage reaches 95%; 7 means beyond HSK 6. */
  estimatedLevel: number;
  difficulty: TextDifficulty;
}

export type SortOrder = 'useful' | 'article' | 'level' | 'order';

export interface Analysis {
  level: number;
  /** The level system's scale when not HSK 2.0 (`--levels`): every level here is on it. */
  scale?: LevelScale;
  articles: Array<{ source: string; title: string }>;
  sentences: Sentence[];
  /** All content words, hard ones first, each group in ranking order. */
  vocab: VocabItem[];
  studySentences: StudySentence[];
  stats: AnalysisStats;
  /** Per-item problems worth telling the user (never fatal). */
  diagnostics: string[];
}
