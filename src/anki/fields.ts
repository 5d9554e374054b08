/** Card content → note fields. Every piece of article or dictionary text is escaped here. */
import { levelDescription, levelTag } from '../levels/index.js';
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
export function hskLabel(level: number | null, estimated: boolean): string {
  return levelDescription({ level, levelEstimated: estimated });
}

export function hskTag(level: number | null): string {
  return levelTag(level);
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
  const hanzi = card.form || card.simplified;
  const other = hanzi === card.simplified ? card.traditional : card.simplified;
  const s = card.sentence;
  const ranges = s ? targetRange(s) : [];
  const values: Record<(typeof WORD_FIELDS)[number], string> = {
    // The article's spelling; the other script's in Traditional (empty when identical, so
    // templates show it only when it teaches something). The GUID stays on the simplified key.
    Hanzi: escapeHtml(hanzi),
    Traditional: other && other !== hanzi ? escapeHtml(other) : '',
    Pinyin: escapeHtml(card.pinyin),
    PinyinNumbered: escapeHtml(card.pinyinNumbered),
    Color: colorHanzi(hanzi, card.pinyin),
    English: htmlList('senses', card.definitions.map(escapeHtml)),
    Classifier: escapeHtml(card.classifier),
    HSK: hskLabel(card.level, card.levelEstimated),
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
    const forms = target.forms?.length ? target.forms : [target.word];
    const hits = card.tokens.filter((t) => forms.includes(t.text)).map((t): Range => [t.start, t.end]);
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
