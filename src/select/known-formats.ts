/**
 * Known-word files as learners have them: a plain list, Anki's "Notes in Plain Text"
 * export, Pleco flashcard text, or a CSV with a header. Each yields words (with the other
 * script's form when the file gives one) and the cells that held no Chinese word.
 */
import { parseCsv } from '../levels/index.js';
import { parseKnownEntries, type KnownEntry } from './known-words.js';

export type KnownFileFormat = 'list' | 'anki' | 'pleco' | 'csv';

export interface ParsedKnownFile {
  format: KnownFileFormat;
  entries: KnownEntry[];
  /** Cells that were not a Chinese word after cleaning (English, pinyin, empty fields). */
  unrecognised: string[];
}

const HAN_WORD = /^\p{Script=Han}+$/u;
const PINYIN = /^[a-zA-ZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüÜ0-9\s'’·:,-]+$/;
const PLECO_HEAD = /^\p{Script=Han}+(\[\p{Script=Han}+\])?$/u;
const WORD_HEADER = /^(simplified|word|words|hanzi|chinese|vocab|vocabulary|front|expression|词|词语|汉字|单词|简体)$/i;

/** A note field as plain text: HTML, `[sound:…]`, ruby readings `字[zì]` and entities removed. */
export function cleanField(field: string): string {
  return field
    .replace(/\[sound:[^\]]*\]/g, '')
    .replace(/<(br|div|p)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, '$1')
    .trim();
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', colon: ':', space: ' ' };

function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** Anki's header lines (`#separator:tab`), or Pleco's shape: Han `[trad]`, then pinyin. */
export function detectKnownFormat(text: string): KnownFileFormat {
  const all = lines(text).filter((l) => l.trim());
  if (all.some((l) => /^#(separator|html|notetype|deck|tags|columns|guid)( column)?:/i.test(l))) return 'anki';
  const data = all.filter((l) => !l.startsWith('//') && !l.startsWith('#')).slice(0, 50);
  const cells = data.map((l) => l.split('\t'));
  const pleco = cells.filter((c) => c.length >= 2 && PLECO_HEAD.test(c[0]!.trim()) && PINYIN.test(c[1]!.trim())).length;
  if (data.length && pleco >= data.length / 2 && (all.some((l) => l.startsWith('//')) || cells.every((c) => c.length <= 3))) return 'pleco';
  if (cells.filter((c) => c.length > 1).length >= data.length / 2 && data.some((l) => /<[a-z][^>]*>|\[sound:/i.test(l))) return 'anki';
  const head = (data[0] ?? '').split(/[\t,;]/).map((c) => c.trim());
  if (head.length > 1 && head.some((h) => WORD_HEADER.test(h))) return 'csv';
  // A header row in another language: several cells, no Chinese, and Chinese below it.
  if (head.length > 1 && !/\p{Script=Han}/u.test(data[0]!) && data.slice(1).some((l) => /\p{Script=Han}/u.test(l))) return 'csv';
  return 'list';
}

/** Words from a table: the given column (1-based), else the first whose cleaned cells are mostly Han. */
function fromTable(rows: string[][], field: number | null, skipHeader: boolean, clean: (c: string) => string, skip: ReadonlySet<number> = new Set()): { entries: KnownEntry[]; unrecognised: string[] } {
  const body = skipHeader ? rows.slice(1) : rows;
  let col = field !== null ? field - 1 : skipHeader ? (rows[0] ?? []).findIndex((h) => WORD_HEADER.test(h.trim())) : -1;
  if (col < 0) {
    const width = Math.max(0, ...body.map((r) => r.length));
    const hits = Array.from({ length: width }, (_, c) => (skip.has(c) ? -1 : body.slice(0, 200).filter((r) => HAN_WORD.test(clean(r[c] ?? ''))).length));
    col = hits.indexOf(Math.max(0, ...hits));
  }
  const entries: KnownEntry[] = [];
  const unrecognised: string[] = [];
  for (const r of body) {
    const cell = clean(r[col] ?? '');
    if (HAN_WORD.test(cell)) entries.push({ word: cell });
    else unrecognised.push(cell || (r[col] ?? '').trim());
  }
  return { entries, unrecognised };
}

export function parseKnownFile(text: string, format: KnownFileFormat | 'auto' = 'auto', field: number | null = null): ParsedKnownFile {
  const f = format === 'auto' ? detectKnownFormat(text) : format;
  const body = text.replace(/^\uFEFF/, '');
  if (f === 'anki') {
    const sep = /^#separator:(\S+)/im.exec(body)?.[1]?.toLowerCase();
    const rows = parseCsv(lines(body).filter((l) => !l.startsWith('#')).join('\n'), SEPARATORS[sep ?? 'tab'] ?? sep ?? '\t');
    // Note type, deck, tags and guid columns (a deck named 汉语) are never the word.
    const meta = new Set([...body.matchAll(/^#(?:notetype|deck|tags|guid) column:(\d+)/gim)].map((m) => Number(m[1]) - 1));
    return { format: f, ...fromTable(rows, field, false, cleanField, meta) };
  }
  if (f === 'csv') {
    const first = lines(body)[0] ?? '';
    const sep = first.includes('\t') ? '\t' : (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
    return { format: f, ...fromTable(parseCsv(body, sep), field, true, (c) => c.trim()) };
  }
  if (f === 'pleco') {
    const entries: KnownEntry[] = [];
    const unrecognised: string[] = [];
    for (const l of lines(body)) {
      if (!l.trim() || l.startsWith('//')) continue;
      const head = l.split('\t')[0]!.trim();
      const m = /^(\p{Script=Han}+)(?:\[(\p{Script=Han}+)\])?$/u.exec(head);
      if (m) entries.push(m[2] && m[2] !== m[1] ? { word: m[1]!, alternate: m[2] } : { word: m[1]! });
      else unrecognised.push(head);
    }
    return { format: f, entries, unrecognised };
  }
  const listed = parseKnownEntries(body);
  return {
    format: f,
    entries: listed.filter((e) => HAN_WORD.test(e.word)),
    unrecognised: listed.filter((e) => !HAN_WORD.test(e.word)).map((e) => e.word),
  };
}
