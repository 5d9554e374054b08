/** Card content → note fields. Every piece of article or dictionary text is escaped here. */
import { levelDescription, levelTag, type LevelScale } from '../levels/index.js';
import type { CardSentence, CardSource, SentenceCard, WordCard } from '../cards/types.js';
import { escapeHtml } from './html.js';
import { sentencePinyin, sentenceRuby, type Range } from './reading.js';
import { colorHanzi } from './tones.js';

/** Field order of the Word note type; never reorder or rename (Anki matches note types by it). */
export const WORD_FIELDS = [
  'Hanzi', 'Traditional', 'Pinyin', 'PinyinNumbered', 'Color', 'English', 'Classifier', 'HSK',
  'Frequency', 'Sentence', 'SentencePinyin', 'SentenceRuby', 'Source', 'Notes',
] as const;
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
  const file = source.file && source.file !== '-' ? ` <span class="file">${escapeHtml(source.file)}</span>` : '';
  return title + file;
}

function htmlList(className: string, items: readonly string[]): string {
  return `<ul class="${className}">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/** Plain sentence with the highlighted ranges in <b> (overlapping or touching ranges merge). */
export function markedSentence(text: string, ranges: readonly Range[]): string {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else if (s < e) merged.push([s, e]);
  }
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    parts.push(escapeHtml(text.slice(at, s)), '<b>', escapeHtml(text.slice(s, e)), '</b>');
    at = e;
  }
  parts.push(escapeHtml(text.slice(at)));
  return parts.join('');
}

function targetRange(s: CardSentence): Range[] {
  const valid = s.targetStart >= 0 && s.targetEnd <= s.text.length && s.targetStart < s.targetEnd;
  return valid ? [[s.targetStart, s.targetEnd]] : [];
}

export function wordFields(card: WordCard): string[] {
  const s = card.sentence;
  const ranges = s ? targetRange(s) : [];
  const values: Record<(typeof WORD_FIELDS)[number], string> = {
    Hanzi: escapeHtml(card.simplified),
    // Left empty when identical so templates can show it only when it teaches something.
    Traditional: card.traditional && card.traditional !== card.simplified ? escapeHtml(card.traditional) : '',
    Pinyin: escapeHtml(card.pinyin),
    PinyinNumbered: escapeHtml(card.pinyinNumbered),
    Color: colorHanzi(card.simplified, card.pinyin),
    English: htmlList('senses', card.definitions.map(escapeHtml)),
    Classifier: escapeHtml(card.classifier),
    HSK: hskLabel(card.level, card.levelEstimated, card.scale),
    Frequency: card.frequencyRank === null ? '' : String(card.frequencyRank),
    Sentence: s ? markedSentence(s.text, ranges) : '',
    SentencePinyin: s ? sentencePinyin(s.text, s.tokens, ranges) : '',
    SentenceRuby: s ? sentenceRuby(s.text, s.tokens, ranges) : '',
    Source: sourceField(card.source),
    Notes: '',
  };
  return WORD_FIELDS.map((name) => values[name]);
}

/** Where the target words sit in a sentence: matching tokens, else the first occurrence. */
export function targetRanges(card: SentenceCard): Range[] {
  const ranges: Range[] = [];
  for (const target of card.targets) {
    if (!target.word) continue;
    const hits = card.tokens.filter((t) => t.text === target.word).map((t): Range => [t.start, t.end]);
    const at = card.text.indexOf(target.word);
    if (hits.length) ranges.push(...hits);
    else if (at >= 0) ranges.push([at, at + target.word.length]);
  }
  return ranges;
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
