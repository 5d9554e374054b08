/** Conversions between CC-CEDICT numbered pinyin (`lu:4`) and tone marks (`lǜ`). */
import { isSyllable } from './syllables.js';

export type Tone = 1 | 2 | 3 | 4 | 5;

/** Combining diacritics for tones 1–4; NFC then picks precomposed letters where Unicode has them. */
const TONE_MARKS = ['\u0304', '\u0301', '\u030C', '\u0300'] as const;
/** U+0306 (breve) is a common misprint of the caron, so it reads as tone 3 too. */
const MARK_TONE: Record<string, Tone> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0306': 3, '\u0300': 4 };
const MARK_RE = /[\u0304\u0301\u030C\u0306\u0300]/g;

const NUMBERED_RE = /^([A-Za-zÜüÊê][A-Za-zÜüÊê:]*)([0-5])$/;
const LETTERS_RE = /^[A-Za-zÜüÊê]+$/;

function toUmlaut(body: string, withV: boolean): string {
  let s = body.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  if (withV) s = s.replace(/([lnLN])v/g, '$1ü').replace(/([lnLN])V/g, '$1Ü');
  return s;
}

/** Index of the letter that carries the tone: a/e first, then the o of ou, else the last vowel. */
function markIndex(lower: string): number {
  for (const v of ['a', 'e', 'ê']) {
    const i = lower.indexOf(v);
    if (i >= 0) return i;
  }
  if (lower.includes('ou')) return lower.indexOf('o');
  for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower[i]!)) return i;
  // syllabic nasals: m, n, ng, hm, hng carry the mark on the nasal
  return lower.search(/[mn]/);
}

function markSyllable(body: string, tone: number): string {
  if (tone < 1 || tone > 4) return body;
  const i = markIndex(body.toLowerCase());
  if (i < 0) return body;
  return (body.slice(0, i + 1) + TONE_MARKS[tone - 1] + body.slice(i + 1)).normalize('NFC');
}

/**
 * `diao4 yan2` → `diào yán`; `lu:4`, `lv4` and `lü4` → `lǜ`; neutral (5, 0 or no digit) has no mark;
 * an erhua `r5` joins the syllable before it (`zhe4 r5` → `zhèr`); anything that is not a numbered
 * syllable (`,`, `·`, `A`, `G2`) passes through. Capitalisation is kept.
 */
export function numberedToMarks(s: string): string {
  const out: string[] = [];
  let prevSyllable = false;
  for (const tok of s.trim().split(/\s+/)) {
    if (!tok) continue;
    if ((tok === 'r5' || tok === 'r0') && prevSyllable) {
      out[out.length - 1] += 'r';
      prevSyllable = false;
      continue;
    }
    const marked = markedToken(tok);
    out.push(marked.text);
    prevSyllable = marked.syllable;
  }
  return out.join(' ');
}

/**
 * One space-free token of a numbered reading in marks, and whether it is a syllable (an erhua
 * `r5` after it joins it). Readings repeat a small set of tokens: each is converted once.
 */
const markedTokens = new Map<string, { text: string; syllable: boolean }>();
function markedToken(tok: string): { text: string; syllable: boolean } {
  let marked = markedTokens.get(tok);
  if (marked === undefined) {
    // bounded: sense texts also pass words and numbers through here
    if (markedTokens.size >= 20_000) markedTokens.clear();
    markedTokens.set(tok, (marked = markToken(tok)));
  }
  return marked;
}

function markToken(tok: string): { text: string; syllable: boolean } {
  const m = NUMBERED_RE.exec(tok);
  const body = m ? toUmlaut(m[1]!, true) : '';
  // only real syllables take a mark: `iPhone5` or `G2` in a token are not pinyin
  if (m && isSyllable(body.replace(/ü/g, 'u:').replace(/Ü/g, 'U:'))) return { text: markSyllable(body, Number(m[2])), syllable: true };
  return { text: tok.includes(':') ? toUmlaut(tok, false) : tok, syllable: false };
}

interface MarkedSyllable {
  /** Numbered body without the tone, CC-CEDICT spelling (`lu:e`, `Zhong`). */
  body: string;
  tone: Tone;
  /** True when a trailing erhua `r` was split off the body. */
  erhua: boolean;
}

/** Reads one space-free token as a pinyin syllable; null when it is punctuation or spelled Latin. */
function parseMarked(tok: string, spelled: boolean): MarkedSyllable | null {
  const decomposed = tok.normalize('NFD');
  const mark = decomposed.match(MARK_RE)?.[0];
  const base = decomposed.replace(MARK_RE, '').normalize('NFC');
  if (!LETTERS_RE.test(base)) return null;
  const body = base.replace(/ü/g, 'u:').replace(/Ü/g, 'U:');
  const erhuaBody = body.length > 1 && /r$/.test(body) ? body.slice(0, -1) : '';
  if (mark) {
    const tone = MARK_TONE[mark]!;
    if (!isSyllable(body) && erhuaBody && isSyllable(erhuaBody)) return { body: erhuaBody, tone, erhua: true };
    return { body, tone, erhua: false };
  }
  // Without a mark the token is a neutral-tone syllable, unless it looks like Latin letters:
  // capitals only (`A`, `OK`) or one of a run of single letters (`t o n y`).
  if (spelled || body === body.toUpperCase()) return null;
  if (isSyllable(body)) return { body, tone: 5, erhua: false };
  if (erhuaBody && isSyllable(erhuaBody)) return { body: erhuaBody, tone: 5, erhua: true };
  return null;
}

function tokensOf(s: string): { tok: string; spelled: boolean }[] {
  const toks = s.trim().split(/\s+/).filter(Boolean);
  const single = (t: string | undefined) => t !== undefined && /^[A-Za-z]$/.test(t);
  return toks.map((tok, i) => ({
    tok,
    spelled: single(tok) && (single(toks[i - 1]) || single(toks[i + 1])),
  }));
}

/** `zài tǐ` → `zai4 ti3`; neutral tone → 5; ü → `u:`; erhua `zhèr` → `zhe4 r5`; other pieces pass through. */
export function marksToNumbered(s: string): string {
  const out: string[] = [];
  for (const { tok, spelled } of tokensOf(s)) {
    const p = parseMarked(tok, spelled);
    if (!p) out.push(tok);
    else out.push(`${p.body}${p.tone}`, ...(p.erhua ? ['r5'] : []));
  }
  return out.join(' ');
}

/** Tone of one syllable written with marks: 1–4, or 5 when it carries none (neutral). */
// Precomposed marked vowels, so the common case needs no Unicode normalisation (this runs
// for every syllable of every exported card).
const MARKED_VOWEL_TONE = new Map<string, Tone>();
(['āēīōūǖĀĒĪŌŪǕ', 'áéíóúǘńḿÁÉÍÓÚǗŃḾ', 'ǎěǐǒǔǚňǍĚǏǑǓǙŇ', 'àèìòùǜǹÀÈÌÒÙǛǸ'] as const).forEach((vowels, i) => {
  for (const v of vowels) MARKED_VOWEL_TONE.set(v, (i + 1) as Tone);
});

/** 1–4 from a tone mark (or a trailing tone digit, `ma3`), 5 for the neutral tone. */
export function toneOf(syllable: string): Tone {
  const last = syllable.charCodeAt(syllable.length - 1);
  if (last >= 0x31 && last <= 0x35) return (last - 0x30) as Tone;
  for (const ch of syllable) {
    const tone = MARKED_VOWEL_TONE.get(ch);
    if (tone !== undefined) return tone;
  }
  const mark = syllable.normalize('NFD').match(MARK_RE)?.[0];
  return mark ? MARK_TONE[mark]! : 5;
}

/**
 * The pieces of a tone-marked reading, one per written character where possible: erhua is split
 * back off (`zhèr` → `zhè`, `r`), so the pieces line up with 这儿 for per-character tone colouring.
 */
export function toMarksSyllables(marks: string): string[] {
  const out: string[] = [];
  for (const { tok, spelled } of tokensOf(marks)) {
    const p = parseMarked(tok, spelled);
    if (p?.erhua) out.push(tok.slice(0, -1), 'r');
    else out.push(tok);
  }
  return out;
}
