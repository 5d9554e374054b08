/**
 * pinyin-pro's readings of many sentences (contextReadings), worked out on the thread that cuts
 * and sent as numbers: each character's syllable as an index into the part's table of distinct
 * syllables (a few hundred), so the transfer is one moved buffer, not an array of strings each.
 */
import { contextReadings, type SentenceReadings } from '../pinyin/index.js';

export interface PackedContexts {
  /** Distinct syllables in tone marks; code c stands for table[c - 1], 0 for none. */
  table: string[];
  /** Per UTF-16 offset of every sentence, one after another. */
  codes: Uint16Array<ArrayBuffer>;
  /** Where each sentence's codes start; -1 when it holds no Chinese and none was worked out. */
  starts: Int32Array<ArrayBuffer>;
}

const HAN = /\p{Script=Han}/u;

/** contextReadings of each simplified sentence that holds Chinese. */
export function packContexts(simps: readonly string[]): PackedContexts {
  const table: string[] = [];
  const index = new Map<string, number>();
  const starts = new Int32Array(simps.length);
  let size = 0;
  for (let i = 0; i < simps.length; i++) {
    starts[i] = HAN.test(simps[i]!) ? size : -1;
    if (starts[i]! >= 0) size += simps[i]!.length;
  }
  const codes = new Uint16Array(size);
  for (let i = 0; i < simps.length; i++) {
    const at = starts[i]!;
    if (at < 0) continue;
    const readings = contextReadings(simps[i]!);
    for (let o = 0; o < readings.length; o++) {
      const r = readings[o];
      if (r === undefined) continue;
      let code = index.get(r);
      if (code === undefined) index.set(r, (code = table.push(r)));
      codes[at + o] = code;
    }
  }
  return { table, codes, starts };
}

/** The readings of sentence i as contextReadings gives them, or undefined where none were sent. */
export function unpackContext(packed: PackedContexts, i: number, length: number): SentenceReadings | undefined {
  const at = packed.starts[i]!;
  if (at < 0) return undefined;
  const out: SentenceReadings = new Array(length);
  for (let o = 0; o < length; o++) {
    const code = packed.codes[at + o]!;
    if (code !== 0) out[o] = packed.table[code - 1];
  }
  return out;
}
