/** Card content → note fields. Every piece of article or dictionary text is escaped here. */
import { levelDescription, levelTag, type LevelScale } from '../levels/index.js';
import { distinctForms, maskDefinitions, mergeSpans, occurrences } from '../cards/forms.js';
import type { CardSentence, CardSource, SentenceCard, WordCard } from '../cards/types.js';
import { escapeHtml } from './html.js';
import type { CardKind } from '../cards/kinds.js';
import { sentencePinyin, sentenceRuby, type Range } from './reading.js';
import { colorHanzi } from './tones.js';

/**
 * Field order of the Word note type; frozen from here on: never reorder, rename or add (Anki
 * matches note types by field and template names and skips updates to a changed one).
 * `Make…` are the card switches: a non-empty value makes Anki generate that card.
 */
export const WORD_FIELDS = [
  'Hanzi', 'Traditional', 'Pinyin', 'PinyinNumbered', 'Color', 'English', 'Classifier', 'HSK',
  'Frequency', 'Sentence', 'SentencePinyin', 'SentenceRuby', 'Source', 'Notes',
  'SentenceCloze', 'MakeRecognition', 'MakeProduction', 'MakeListening',
] as const;
export type WordField = (typeof WORD_FIELDS)[number];

/** Fields the learner owns: zhcards writes them empty and never counts them as its content. */
export const LEARNER_FIELDS: readonly string[] = ['Notes'];

/** The switch field of each card type, and the value that turns it on. */
export const SWITCH_FIELDS: Record<CardKind, WordField> = {
  recognition: 'MakeRecognition',
  production: 'MakeProduction',
  listening: 'MakeListening',
};
export const SWITCH_ON = 'y';
export const SENTENCE_FIELDS = ['Sentence', 'SentenceRuby', 'SentencePinyin', 'Targets', 'Source'] as const;

/** The HSK field: the same wording the app and the table use. */
export function hskLabel(level: number | null, estimated: boolean, scale?: LevelScale): string {
  return levelDescription({ level, levelEstimated: estimated }, scale);
}

/** `hsk::5`, or the system's own tag (`hsk3::7`, `freq::2`) with `--levels`. */
export function hskTag(level: number | null, scale?: LevelScale): string {
  return levelTag(level, scale);
}

export function sourceField(source: CardSource): string {
  const title = `<span class="title">${escapeHtml(source.title)}</span>`;
  // Only the file's name: older ledgers or callers may still hand in a path.
  const name = source.file.split(/[\\/]/).filter(Boolean).pop() ?? '';
  const file = name && name !== '-' && name !== source.title ? ` <span class="file">${escapeHtml(name)}</span>` : '';
  return title + file;
}

function htmlList(className: string, items: readonly string[]): string {
  return `<ul class="${className}">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/** Plain sentence with the highlighted ranges in <b> (overlapping or touching ranges merge). */
export function markedSentence(text: string, ranges: readonly Range[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of mergeSpans(ranges)) {
    parts.push(escapeHtml(text.slice(at, s)), '<b>', escapeHtml(text.slice(s, e)), '</b>');
    at = e;
  }
  parts.push(escapeHtml(text.slice(at)));
  return parts.join('');
}

/** Every occurrence of the word in its example, in any of its forms, plus the located target. */
function targetRange(s: CardSentence, forms: readonly string[]): Range[] {
  const valid = s.targetStart >= 0 && s.targetEnd <= s.text.length && s.targetStart < s.targetEnd;
  return [...(valid ? [[s.targetStart, s.targetEnd] as const] : []), ...occurrences(s.text, s.tokens, forms)];
}

/** The sentence with each range replaced by a blank as wide as the hidden text. */
export function clozeSentence(text: string, ranges: readonly Range[]): string {
  const marked = markedSentence(text, ranges);
  return marked.replace(/<b>(.*?)<\/b>/g, (_all, inner: string) => `<span class="cloze">${'＿'.repeat(Math.max(1, Array.from(inner.replace(/&[^;]+;/g, '.')).length))}</span>`);
}

/** Every spelling of the headword: the article's, simplified, traditional. */
export function wordForms(card: WordCard): string[] {
  return [card.form || card.simplified, card.simplified, card.traditional];
}

export function wordFields(card: WordCard, kinds: readonly CardKind[] = ['recognition', 'production']): string[] {
  const hanzi = card.form || card.simplified;
  const other = hanzi === card.simplified ? card.traditional : card.simplified;
  const s = card.sentence;
  const forms = distinctForms(wordForms(card));
  const ranges = s ? targetRange(s, forms) : [];
  const values: Record<WordField, string> = {
    // The article's spelling; the other script's in Traditional (empty when identical, so
    // templates show it only when it teaches something). The GUID stays on the simplified key.
    Hanzi: escapeHtml(hanzi),
    Traditional: other && other !== hanzi ? escapeHtml(other) : '',
    Pinyin: escapeHtml(card.pinyin),
    PinyinNumbered: escapeHtml(card.pinyinNumbered),
    Color: colorHanzi(hanzi, card.pinyin),
    // The production card shows the English as its question: the headword must not be in it.
    English: htmlList('senses', maskDefinitions(card.definitions, forms).map(escapeHtml)),
    Classifier: escapeHtml(card.classifier),
    HSK: hskLabel(card.level, card.levelEstimated, card.scale),
    Frequency: card.frequencyRank === null ? '' : String(card.frequencyRank),
    Sentence: s ? markedSentence(s.text, ranges) : '',
    SentencePinyin: s ? sentencePinyin(s.text, s.tokens, ranges) : '',
    SentenceRuby: s ? sentenceRuby(s.text, s.tokens, ranges) : '',
    Source: sourceField(card.source),
    Notes: '',
    // The blank also covers the word inside other words (寻 in 找尋): the front must not show it.
    SentenceCloze: s ? clozeSentence(s.text, [...ranges, ...occurrences(s.text, s.tokens, forms, { inside: true })]) : '',
    MakeRecognition: kinds.includes('recognition') ? SWITCH_ON : '',
    MakeProduction: kinds.includes('production') ? SWITCH_ON : '',
    MakeListening: kinds.includes('listening') ? SWITCH_ON : '',
  };
  return WORD_FIELDS.map((name) => values[name]);
}

/** Where the target words sit in a sentence, in whichever script the article wrote them. */
export function targetRanges(card: SentenceCard): Range[] {
  return card.targets.flatMap((t) => occurrences(card.text, card.tokens, [t.word, ...t.forms]));
}

export function sentenceFields(card: SentenceCard): string[] {
  const ranges = targetRanges(card);
  const targets = card.targets.map(
    (t) =>
      `<span class="hz">${escapeHtml(t.word)}</span> <span class="py">${escapeHtml(t.pinyin)}</span> ` +
      `<span class="en">${escapeHtml(t.meaning)}</span>`,
  );
  const values: Record<(typeof SENTENCE_FIELDS)[number], string> = {
    Sentence: markedSentence(card.text, ranges),
    SentenceRuby: sentenceRuby(card.text, card.tokens, ranges),
    SentencePinyin: sentencePinyin(card.text, card.tokens, ranges),
    Targets: targets.length ? htmlList('targets', targets) : '',
    Source: sourceField(card.source),
  };
  return SENTENCE_FIELDS.map((name) => values[name]);
}
