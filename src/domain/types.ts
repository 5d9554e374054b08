/** Shared data shapes that flow through the pipeline: ingest → analyze → select → cards. */

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
