/**
 * The binary lexicon artefact: `ZHLX`, a uint32 header length, a JSON header, then a
 * body of 4-byte-aligned sections that typed arrays view in place (no parsing, no maps).
 */
import { endianness } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../paths/index.js';
import type { LevelBoundaries } from './types.js';

export const ARTEFACT_VERSION = 9;
export const MAGIC = 'ZHLX';

/**
 * Entries are sorted by simplified form (UTF-16 code-unit order, as JS compares strings).
 * `*Offsets` have one more element than their strings; text offsets count code units,
 * `infoOffsets` count bytes of the UTF-8 `info` records `pinyin \x1f sense \x1f sense…`.
 */
export const SECTIONS = {
  simpOffsets: Uint32Array,
  simpText: Uint16Array,
  tradOffsets: Uint32Array,
  tradText: Uint16Array,
  /** Entry ids sorted by traditional form. */
  tradOrder: Uint32Array,
  infoOffsets: Uint32Array,
  info: Uint8Array,
  /** Sparse per-entry reading frequency (kHanyuPinlu, single characters): ascending ids + values. */
  freqIds: Uint32Array,
  freqValues: Uint32Array,
  /** Word statistics, sorted by word: ranks are 0 when absent, HSK level 0 when unlisted. */
  wordOffsets: Uint32Array,
  wordText: Uint16Array,
  bookRank: Uint32Array,
  movieRank: Uint32Array,
  hskLevel: Uint8Array,
  /** HSK 3.0 level 1–7 (7 = the 7–9 band), 0 when unlisted. */
  hsk3Level: Uint8Array,
  /** Single characters: lowest HSK 2.0 level of a word that contains them, 0 when none. */
  charLevel: Uint8Array,
  /** Single characters: percent of their SUBTLEX-CH uses that are the character alone as a word, 0 when unknown. */
  standaloneShare: Uint8Array,
  /**
   * jieba's tags of its dictionary words without ASCII and of single ASCII characters (tag not `x`), grouped by length in UTF-16
   * units, sorted within a group, then cut into runs of one first unit: a run stores its first
   * unit once (`Heads`, `RunSizes`), and each word only the rest (`Text`, at a fixed stride), so a
   * lookup is two binary searches and needs no offsets. One tag number per word (`Ids`).
   */
  segmenterTagHeads: Uint16Array,
  segmenterTagRunSizes: Uint16Array,
  segmenterTagText: Uint16Array,
  segmenterTagIds: Uint8Array,
} as const;

export type SectionName = keyof typeof SECTIONS;
type ViewOf<C> = C extends Uint32ArrayConstructor ? Uint32Array : C extends Uint16ArrayConstructor ? Uint16Array : Uint8Array;
export type Sections = { [K in SectionName]: ViewOf<(typeof SECTIONS)[K]> };

export interface ArtefactHeader {
  version: number;
  /** Versions of the npm packages it was built from; a change triggers a rebuild. */
  sources: Record<string, string>;
  littleEndian: boolean;
  counts: { entries: number; words: number; hskWords: number; hsk3Words: number; bookWords: number; movieWords: number; segmenterTags: number };
  /** Parameters of the level estimate; a change in levels.ts triggers a rebuild. */
  levelModel: string;
  /** Combined-rank upper bounds for each level, for single characters and for longer words (see levels.ts). */
  levelBoundaries: LevelBoundaries;
  surnames: string[];
  /** Tag names of `segmenterTagIds`; words and runs of each length (index 0 = length 1). */
  segmenterTags: { names: string[]; lengths: number[]; runs: number[] };
  /** Longest headword (either script), in UTF-16 code units. */
  maxWordLength: number;
  /** CRC-32 of the body. */
  crc32: number;
  /** Body-relative [byteOffset, byteLength] of each section. */
  sections: Record<SectionName, [number, number]>;
}

export const NATIVE_LITTLE_ENDIAN = endianness() === 'LE';

export function artefactPath(): string {
  return join(projectRoot(), 'build', 'lexicon.bin');
}

/** Where the body starts: after magic, length and header, rounded up to 8 bytes. */
export function bodyStart(headerBytes: number): number {
  return Math.ceil((8 + headerBytes) / 8) * 8;
}
