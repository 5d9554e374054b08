/** Human-readable and JSON renderings of an analysis for `zhcards analyze`. */
import { studyText, type Analysis, type SortOrder, type Token } from '../domain/index.js';
import { DEFAULT_SCALE, levelLabel, levelName } from '../levels/index.js';
import { displayWidth, formOf, headword, padToWidth, truncateToWidth } from '../text/index.js';
import { ByteWriter } from './byte-writer.js';
import type { Style } from './colors.js';
import type { OutStream } from './io.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

const ORDER_NAMES: Record<SortOrder, string> = {
  useful: 'most useful first',
  article: 'most frequent in the text first',
  level: 'lowest level first',
  order: 'in order of appearance',
};

export function formatTable(a: Analysis, style: Style, limit: number, width: number, sort: SortOrder = 'useful'): string {
  const hard = a.vocab.filter((v) => v.hard);
  const rows = hard.slice(0, limit).map((v, i) => [String(i + 1), headword(v), v.pinyin, levelLabel(v, a.scale), String(v.count), v.definitions.slice(0, 2).join('; ')]);
  const head = ['#', 'word', 'pinyin', (a.scale ?? DEFAULT_SCALE).prefix, 'n', 'meaning'];
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]!))));
  const fixed = widths.slice(0, 5).reduce((n, w) => n + w + 2, 0);
  widths[5] = Math.max(12, Math.min(widths[5]!, width - fixed));
  const line = (cells: string[], paint: (c: number, s: string) => string) =>
    cells.map((cell, c) => paint(c, c === 5 ? truncateToWidth(cell, widths[5]!) : c === 0 || c === 4 ? cell.padStart(widths[c]!) : padToWidth(cell, widths[c]!))).join('  ').trimEnd();
  const out: string[] = [];
  const titles = a.articles.map((x) => x.title).join(' · ');
  out.push(style.bold(`${titles}`));
  out.push(style.dim(`Hard words for a learner at ${levelName(a.level, a.scale)}: ${hard.length} (showing ${rows.length}, ${ORDER_NAMES[sort]})`));
  out.push('');
  out.push(line(head, (_, s) => style.dim(s)));
  for (const r of rows) out.push(line(r, (c, s) => (c === 1 ? style.bold(s) : c === 2 ? style.cyan(s) : c === 3 ? style.yellow(s) : s)));
  if (hard.length > rows.length) out.push(style.dim(`… ${hard.length - rows.length} more (use --limit)`));
  out.push('');
  out.push(...formatStats(a, style));
  const study = a.studySentences.slice(0, 5);
  if (study.length) {
    // Targets are headword keys; show them as the article spells them (鏡, not 镜).
    const spelling = new Map(hard.map((v) => [v.word, formOf(v)]));
    const spelt = (w: string) => spelling.get(w) ?? w;
    out.push('', style.bold('Study sentences'));
    for (const s of study) out.push(`  ${truncateToWidth(studyText(a.sentences[s.index]!, s).text, width - 4)}  ${style.dim(`[${s.targets.map(spelt).join(', ')}]`)}`);
  }
  for (const d of a.diagnostics) out.push(style.dim(`note: ${d}`));
  return out.join('\n');
}

export function formatStats(a: Analysis, style: Style): string[] {
  const s = a.stats;
  const d = s.difficulty;
  const name = (l: string) => (a.scale ? a.scale.names[Number(l) - 1]! : `HSK${l}`);
  const you = levelName(d.level, a.scale);
  const coverage = Object.entries(s.coverage).map(([l, c]) => `${name(l)} ${pct(c)}`).join('  ');
  return [
    `${style.bold('Tokens')} ${s.tokens}   ${style.bold('word tokens')} ${s.wordTokens}   ${style.bold('unique words')} ${s.uniqueWords}   ${style.bold('hard')} ${s.hardWords}`,
    `${style.bold('Listed at or below')} ${coverage}`,
    `${style.bold(`You (${you})`)} know ${pct(d.coverage)} of word tokens (${pct(d.listedCoverage)} listed at or below ${you}, the rest worked out from known parts or your list) · ${d.unknownPer100Chars} unknown words per 100 characters`,
    `${style.bold('Estimated article level')} ${levelName(s.estimatedLevel, a.scale)} (95% of word tokens listed) · 90% at ${levelName(d.level90, a.scale)} · 98% at ${levelName(d.level98, a.scale)}`,
  ];
}

/** One token's JSON with the comma before it, encoded once per distinct text, reading and kind. */
interface TokenBytes {
  pinyin: string;
  kind: string;
  bytes: Buffer;
}

/**
 * The documented JSON shape (README "JSON output"), written piece by piece as UTF-8 so a 10 MB
 * article never exists as one giant object and string. A token's JSON repeats all through a long
 * text and is encoded once: what JSON.stringify of {text, pinyin, kind} gives.
 */
export function writeAnalysisJson(a: Analysis, limit: number | null, out: OutStream): void {
  const w = new ByteWriter(out);
  w.text(`{"level":${a.level},"levelSystem":${JSON.stringify((a.scale ?? DEFAULT_SCALE).id)},"articles":${JSON.stringify(a.articles)},"stats":${JSON.stringify(a.stats)},"sentences":[`);
  const tokenBytes = new Map<string, TokenBytes[]>();
  const encoded = (tok: Token): Buffer => {
    let forms = tokenBytes.get(tok.text);
    if (forms === undefined) tokenBytes.set(tok.text, (forms = []));
    for (const f of forms) if (f.pinyin === tok.pinyin && f.kind === tok.kind) return f.bytes;
    const bytes = Buffer.from(`,{"text":${JSON.stringify(tok.text)},"pinyin":${JSON.stringify(tok.pinyin)},"kind":${JSON.stringify(tok.kind)}}`);
    forms.push({ pinyin: tok.pinyin, kind: tok.kind, bytes });
    return bytes;
  };
  for (let i = 0; i < a.sentences.length; i++) {
    const s = a.sentences[i]!;
    w.text(`${i ? ',' : ''}{"index":${s.index},"text":${JSON.stringify(s.text)},"article":${s.article},"kind":"${s.paragraphKind}","tokens":[`);
    for (let t = 0; t < s.tokens.length; t++) {
      const bytes = encoded(s.tokens[t]!);
      // the first token without its comma
      w.bytes(t ? bytes : bytes.subarray(1));
    }
    w.text(']}');
  }
  w.text('],"vocab":[');
  const vocab = limit === null ? a.vocab : a.vocab.slice(0, limit);
  for (let i = 0; i < vocab.length; i++) {
    const v = vocab[i]!;
    // Every field but the internal first-appearance index, in the VocabItem's own order.
    const { firstSentence: _internal, ...item } = v;
    w.text(`${i ? ',' : ''}${JSON.stringify(item)}`);
  }
  w.text(`],"studySentences":${JSON.stringify(a.studySentences)},"diagnostics":${JSON.stringify(a.diagnostics)}}\n`);
  w.flush();
}
