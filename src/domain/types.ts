/** Shared data shapes that flow through the pipeline: ingest → analyze → select → cards. */
import type { LevelScale } from '../levels/scale.js';

/** What a piece of text is, for vocabulary purposes. Only `word` tokens can become vocabulary. */
export type TokenKind = 'word' | 'name' | 'number' | 'latin' | 'punct' | 'other';

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
  /** Simplified headword. */
  word: string;
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
}

export interface AnalysisStats {
  tokens: number;
  wordTokens: number;
  uniqueWords: number;
  hardWords: number;
  /** Level (1–6) → share of word tokens at or below it. */
  coverage: Record<string, number>;
  /** Share of word tokens this learner already handles (not hard). */
  learnerCoverage: number;
  /** Lowest level reaching 95% coverage; 7 means beyond HSK 6. */
  estimatedLevel: number;
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
