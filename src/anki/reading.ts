/**
 * Sentence readings from tokens: Anki furigana (` 字[zì]`) and sentence pinyin, with the
 * studied word(s) in <b>. Offsets are UTF-16, as in the tokens.
 */
import type { Token } from '../domain/types.js';
import { escapeHtml } from './html.js';
import { isSyllable, pairSyllables, syllablesOf } from './tones.js';

export type Range = readonly [start: number, end: number];

interface Piece {
  text: string;
  start: number;
  end: number;
  pinyin: string;
  kind: Token['kind'] | 'gap';
}

/** Tokens plus the uncovered text between them, in order, so nothing of the sentence is lost. */
function piecesOf(text: string, tokens: readonly Token[]): Piece[] {
  const valid = tokens.filter((t) => t.start >= 0 && t.end <= text.length && t.start < t.end);
  const sorted = valid.every((t, i) => i === 0 || valid[i - 1]!.start <= t.start)
    ? valid
    : valid.sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const t of sorted) {
    if (t.start < at) continue;
    if (t.start > at) pieces.push({ text: text.slice(at, t.start), start: at, end: t.start, pinyin: '', kind: 'gap' });
    pieces.push({ text: text.slice(t.start, t.end), start: t.start, end: t.end, pinyin: t.pinyin.trim(), kind: t.kind });
    at = t.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), start: at, end: text.length, pinyin: '', kind: 'gap' });
  return pieces;
}

const overlaps = (start: number, end: number, ranges: readonly Range[]): boolean =>
  ranges.some(([s, e]) => start < e && s < end);

/**
 * Collects HTML, opening and closing <b> around highlighted runs. Parts are joined once at the
 * end: a flat string, not a rope of thousands of small pieces kept alive until export.
 */
class MarkedWriter {
  private readonly parts: string[] = [];
  private open = false;

  get empty(): boolean {
    return this.parts.length === 0;
  }

  add(html: string, marked: boolean, space = ''): void {
    if (marked !== this.open) this.parts.push(marked ? `${space}<b>` : `</b>${space}`);
    else if (space) this.parts.push(space);
    this.open = marked;
    this.parts.push(html);
  }

  done(): string {
    if (this.open) this.parts.push('</b>');
    this.open = false;
    return this.parts.join('');
  }
}

/** Anki `{{furigana:}}` text: ` 载[zài] 体[tǐ]`, one chunk per character when the reading lines up. */
export function sentenceRuby(text: string, tokens: readonly Token[], highlight: readonly Range[]): string {
  const w = new MarkedWriter();
  for (const p of piecesOf(text, tokens)) {
    if (!p.pinyin || !isSyllable(p.pinyin)) {
      w.add(escapeHtml(p.text), overlaps(p.start, p.end, highlight));
      continue;
    }
    const pairs = pairSyllables(p.text, p.pinyin);
    if (!pairs) {
      const reading = syllablesOf(p.pinyin).map(escapeHtml).join(' ');
      w.add(` ${escapeHtml(p.text)}[${reading}]`, overlaps(p.start, p.end, highlight));
      continue;
    }
    let at = p.start;
    for (const [ch, syl] of pairs) {
      // The space before each chunk stays inside <b>: Anki's furigana filter consumes it.
      w.add(isSyllable(syl) ? ` ${escapeHtml(ch)}[${escapeHtml(syl)}]` : escapeHtml(ch), overlaps(at, at + ch.length, highlight));
      at += ch.length;
    }
  }
  return w.done();
}

// Punctuation that hugs the previous word / the next word in romanised text.
const CLOSING: Record<string, string> = {
  '，': ',', '。': '.', '！': '!', '？': '?', '；': ';', '：': ':', '、': ',', '）': ')', '」': '”', '』': '’',
  '”': '”', '’': '’', '》': '»', '〉': '›', '…': '…', '……': '…', ',': ',', '.': '.', '!': '!', '?': '?',
  ';': ';', ':': ':', ')': ')',
};
const OPENING: Record<string, string> = { '（': '(', '「': '“', '『': '‘', '“': '“', '‘': '‘', '《': '«', '〈': '‹', '(': '(' };


const capitalise = (s: string): string => {
  const [first = '', ...rest] = Array.from(s);
  return first.toUpperCase() + rest.join('');
};

interface Word {
  /** Already HTML-escaped. */
  html: string;
  marked: boolean;
  glue: 'none' | 'before' | 'after';
  /** Starts with a letter that may need a capital (first word, names). */
  capital: boolean;
  pinyin?: boolean;
}

// Runs of one punctuation character, or runs of anything else that is not a space.
const RUNS = /([\p{P}\p{S}])\1*|[^\s\p{P}\p{S}]+/gu;

/** Text without a reading (punctuation, numbers, Latin words) as romanised-text words. */
function plainWords(text: string, marked: boolean, out: Word[]): void {
  for (const [run] of text.matchAll(RUNS)) {
    const closing = CLOSING[run] ?? CLOSING[run[0] ?? ''];
    const opening = OPENING[run];
    if (closing !== undefined) out.push({ html: escapeHtml(closing), marked: false, glue: 'before', capital: false });
    else if (opening !== undefined) out.push({ html: escapeHtml(opening), marked: false, glue: 'after', capital: false });
    else out.push({ html: escapeHtml(run), marked, glue: 'none', capital: false });
  }
}

/** Sentence pinyin: `Zhè shì yí gè zài tǐ.` (syllables spaced; names and the first word capitalised). */
export function sentencePinyin(text: string, tokens: readonly Token[], highlight: readonly Range[]): string {
  const words: Word[] = [];
  for (const p of piecesOf(text, tokens)) {
    const marked = overlaps(p.start, p.end, highlight);
    if (p.pinyin && isSyllable(p.pinyin)) {
      // Syllables stay space-separated, as everywhere else zhcards shows pinyin.
      const html = syllablesOf(p.pinyin).map(escapeHtml).join(' ');
      words.push({ html, marked, glue: 'none', capital: p.kind === 'name', pinyin: true });
    } else if (p.kind !== 'punct' && p.kind !== 'gap' && !/^[\p{P}\p{S}\s]+$/u.test(p.text)) {
      // A Latin word or number the segmenter kept whole stays whole.
      words.push({ html: escapeHtml(p.text.trim()), marked, glue: 'none', capital: false });
    } else {
      plainWords(p.text, marked, words);
    }
  }
  // Sentence-initial capital, unless the sentence opens with a Latin word like "iPhone".
  const first = words.find((w) => w.glue === 'none');
  if (first?.pinyin) first.capital = true;
  const out = new MarkedWriter();
  let glueNext = true;
  for (const w of words) {
    const space = !out.empty && w.glue !== 'before' && !glueNext ? ' ' : '';
    out.add(w.capital ? capitalise(w.html) : w.html, w.marked, space);
    glueNext = w.glue === 'after';
  }
  return out.done();
}
