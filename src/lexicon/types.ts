/** One CC-CEDICT entry as stored in the lexicon artefact. */
export interface LexEntry {
  simplified: string;
  traditional: string;
  /** CC-CEDICT numbered pinyin, syllables separated by spaces: `zai4 ti3`, `Zhong1 guo2`, `lu:4`. */
  pinyin: string;
  /** Raw CC-CEDICT senses, unedited. */
  senses: string[];
  /**
   * How often this reading of a single character occurs in speech (kHanyuPinlu counts,
   * e.g. 行 xíng 2943, háng 218); absent when unknown or for longer words.
   */
  readingFrequency?: number;
}

/**
 * Combined-rank upper bound of each level 1…top. Single characters and longer words are
 * calibrated apart: a character's corpus rank counts its uses inside words too, so an HSK
 * 4 character is far more frequent than an HSK 4 two-character word.
 */
export interface LevelBoundaries {
  readonly chars: readonly number[];
  readonly words: readonly number[];
}

/** Everything the engine knows about words, loaded once from the built artefact. */
export interface Lexicon {
  /** All entries whose simplified or traditional form is `word` (simplified matches first). */
  lookup(word: string): LexEntry[];
  /** True when CC-CEDICT has an entry for `word` (either script). */
  has(word: string): boolean;
  /** True when every entry for `word` is a proper noun (capitalised reading). */
  isProperNoun(word: string): boolean;
  /** True when CC-CEDICT lists `char` as a surname. */
  isSurname(char: string): boolean;
  /** Official HSK 2.0 level 1–6, or null when the word is not on the list. */
  hskLevel(simplified: string): number | null;
  /** HSK 3.0 level 1–7 (7 = the 7–9 band), or null when the word is not on that list. */
  hsk3Level(simplified: string): number | null;
  /** Rank in the BCC book corpus word list (1 = most common), or null. */
  bookRank(word: string): number | null;
  /** Rank in the SUBTLEX-CH film subtitle word list (1 = most common), or null. */
  movieRank(word: string): number | null;
  /** Lowest HSK 2.0 level of a word containing this single character (the learner's character inventory), or null. */
  charLevel(char: string): number | null;
  /** Percent (1–100) of a single character's SUBTLEX-CH uses that are the character alone as a word, or null. */
  standaloneShare(char: string): number | null;
  /**
   * nodejieba's tag of a dictionary word without ASCII characters, or of a single ASCII character,
   * exactly as `jiebaTag` in segment/jieba.ts answers it; undefined when not in the table (for
   * those words jieba answers `x`; longer words with ASCII are never in it).
   */
  segmenterTag(word: string): string | undefined;
  /** Rank boundaries calibrated on the HSK list, for estimating levels of unlisted words. */
  readonly levelBoundaries: LevelBoundaries;
  /** Lengths of the book and subtitle lists: the rank a word missing from one of them gets. */
  readonly rankFloor: { readonly book: number; readonly movie: number };
  /** Longest headword (simplified or traditional) in UTF-16 code units, for longest-match splitting. */
  readonly maxWordLength: number;
}
