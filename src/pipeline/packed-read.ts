/**
 * A worker's reading of one part, packed for the trip to the main thread: numbers in one
 * Int32Array and each distinct string (kind, pinyin, numbered reading) once. Cloning a million
 * token objects cost the main thread more than reading them; this costs a fraction. Token texts
 * are not sent: they are slices of their sentence, which the main thread already has.
 */
import type { Token } from '../domain/types.js';
import { sharedText, type ReadPart } from './read-sentences.js';
import type { RawSentence } from './sentences.js';

export interface PackedRead {
  /** Per distinct sentence, in order of first use: token count, then per token start, end, kind, pinyin, numbered (string numbers). */
  ints: Int32Array<ArrayBuffer>;
  strings: string[];
}

const FIELDS = 5;

export function packRead(read: ReadPart): PackedRead {
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const id = (s: string) => {
    let n = numbers.get(s);
    if (n === undefined) numbers.set(s, (n = strings.push(s) - 1));
    return n;
  };
  const seen = new Set<string>();
  let size = 0;
  for (const s of read.sentences) if (!seen.has(s.text) && seen.add(s.text)) size += 1 + FIELDS * s.tokens.length;
  const ints = new Int32Array(size);
  let at = 0;
  seen.clear();
  read.sentences.forEach((s, i) => {
    if (seen.has(s.text)) return;
    seen.add(s.text);
    const numbered = read.numbered[i]!;
    ints[at++] = s.tokens.length;
    s.tokens.forEach((t, k) => {
      if (t.text !== s.text.slice(t.start, t.end)) throw new Error(`token ${t.text} is not a slice of its sentence`);
      ints[at++] = t.start;
      ints[at++] = t.end;
      ints[at++] = id(t.kind);
      ints[at++] = id(t.pinyin);
      ints[at++] = id(numbered[k]!);
    });
  });
  return { ints, strings };
}

/** The ReadPart readPart(part) gave in the worker: the same sentences, tokens and readings. */
export function unpackRead(part: readonly RawSentence[], { ints, strings }: PackedRead): ReadPart {
  const byText = new Map<string, { tokens: Token[]; numbered: string[] }>();
  let at = 0;
  for (const s of part) {
    if (byText.has(s.text)) continue;
    const count = ints[at++]!;
    const tokens: Token[] = new Array(count);
    const numbered: string[] = new Array(count);
    for (let k = 0; k < count; k++) {
      const start = ints[at]!;
      const end = ints[at + 1]!;
      // The same literal, in the same key order, as readPart builds.
      tokens[k] = { text: sharedText(s.text.slice(start, end)), start, end, kind: strings[ints[at + 2]!] as Token['kind'], pinyin: strings[ints[at + 3]!]! };
      numbered[k] = strings[ints[at + 4]!]!;
      at += FIELDS;
    }
    byText.set(s.text, { tokens, numbered });
  }
  const sentences = [];
  const numbered = [];
  for (const s of part) {
    const r = byText.get(s.text)!;
    sentences.push({ index: s.index, text: s.text, article: s.article, paragraphKind: s.paragraphKind, tokens: r.tokens });
    numbered.push(r.numbered);
  }
  return { sentences, numbered };
}
