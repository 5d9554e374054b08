/** Packs dictionary and statistics data into the binary artefact (see artefact.ts). */
import { crc32 } from 'node:zlib';
import {
  ARTEFACT_VERSION,
  MAGIC,
  NATIVE_LITTLE_ENDIAN,
  SECTIONS,
  bodyStart,
  type ArtefactHeader,
  type SectionName,
  type Sections,
} from './artefact.js';
import { LEVEL_MODEL, calibrateBoundaries, combinedRank } from './levels.js';
import { readingKey } from './reading.js';
import type { LevelBoundaries } from './types.js';

export interface SourceEntry {
  simplified: string;
  traditional: string;
  /** CC-CEDICT numbered pinyin. */
  pinyin: string;
  senses: string[];
}

export interface LexiconSource {
  sources: Record<string, string>;
  /** CC-CEDICT entries in file order (kept within equal headwords). */
  entries: SourceEntry[];
  /** Spoken frequency of a character's reading, keyed by `char + readingKey(pinyin)`. */
  readingFrequency: Map<string, number>;
  /** Words per HSK 2.0 level, index 0 = level 1. */
  hsk: string[][];
  /** HSK 3.0 level (1–7, 7 = band 7–9) per word. */
  hsk3: Map<string, number>;
  /** Word lists in rank order (index 0 = rank 1). */
  bookWords: string[];
  movieWords: string[];
  /**
   * SUBTLEX-CH counts of single characters: as a word of their own (`word`) and in all
   * uses, inside longer words too (`all`).
   */
  movieCharCounts: Map<string, { word: number; all: number }>;
  /** jieba's tag of each of its dictionary words that has one (see segment/jieba-tag-table.ts). */
  segmenterTags: Map<string, string>;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function packUtf16(strings: readonly string[]): { offsets: Uint32Array; text: Uint16Array } {
  const offsets = new Uint32Array(strings.length + 1);
  strings.forEach((s, i) => (offsets[i + 1] = offsets[i]! + s.length));
  const text = new Uint16Array(offsets[strings.length]!);
  strings.forEach((s, i) => {
    const at = offsets[i]!;
    for (let k = 0; k < s.length; k++) text[at + k] = s.charCodeAt(k);
  });
  return { offsets, text };
}

function packUtf8(strings: readonly string[]): { offsets: Uint32Array; bytes: Uint8Array } {
  const parts = strings.map((s) => Buffer.from(s, 'utf8'));
  const offsets = new Uint32Array(parts.length + 1);
  parts.forEach((p, i) => (offsets[i + 1] = offsets[i]! + p.length));
  return { offsets, bytes: Buffer.concat(parts) };
}

interface WordStats {
  hsk: number;
  hsk3: number;
  book: number;
  movie: number;
  charLevel: number;
  standaloneShare: number;
}

function wordStats(src: LexiconSource): Map<string, WordStats> {
  const stats = new Map<string, WordStats>();
  const get = (w: string) => stats.get(w) ?? stats.set(w, { hsk: 0, hsk3: 0, book: 0, movie: 0, charLevel: 0, standaloneShare: 0 }).get(w)!;
  // First occurrence wins: the lower level, the better rank.
  src.hsk.forEach((words, level) => words.forEach((w) => (get(w).hsk ||= level + 1)));
  src.hsk.forEach((words, level) => words.forEach((w) => [...w].forEach((c) => (get(c).charLevel ||= level + 1))));
  for (const [c, n] of src.movieCharCounts) if (n.all > 0) get(c).standaloneShare = Math.min(100, Math.max(1, Math.round((100 * n.word) / n.all)));
  for (const [w, level] of src.hsk3) get(w).hsk3 = level;
  src.bookWords.forEach((w, i) => (get(w).book ||= i + 1));
  src.movieWords.forEach((w, i) => (get(w).movie ||= i + 1));
  return stats;
}

function boundaries(src: LexiconSource, stats: Map<string, WordStats>): LevelBoundaries {
  const floor = { book: src.bookWords.length, movie: src.movieWords.length };
  const calibrate = (pick: (w: string) => boolean) => calibrateBoundaries(
    src.hsk.map((words) =>
      words
        .filter(pick)
        .map((w) => stats.get(w))
        .map((s) => (s ? combinedRank(s.book || null, s.movie || null, floor) : null))
        .filter((r): r is number => r !== null),
    ),
  );
  return { chars: calibrate((w) => [...w].length === 1), words: calibrate((w) => [...w].length > 1) };
}

/** Words grouped by length, sorted, in runs of one first unit (see artefact.ts). */
function packTags(tags: Map<string, string>) {
  const words = [...tags.keys()].sort((a, b) => a.length - b.length || byCodeUnits(a, b));
  const names = [...new Set(tags.values())].sort();
  if (names.length > 256) throw new Error(`jieba has ${names.length} tags, more than one byte holds`);
  const number = new Map(names.map((name, i) => [name, i]));
  const lengths: number[] = [];
  const runs: number[] = [];
  const heads: number[] = [];
  const sizes: number[] = [];
  words.forEach((w, i) => {
    const prev = words[i - 1];
    lengths[w.length - 1] = (lengths[w.length - 1] ?? 0) + 1;
    if (prev?.length === w.length && prev.charCodeAt(0) === w.charCodeAt(0)) {
      if (++sizes[sizes.length - 1]! > 0xffff) throw new Error(`over 65535 jieba words of length ${w.length} start with ${w[0]}`);
    } else heads.push(w.charCodeAt(0)), sizes.push(1), (runs[w.length - 1] = (runs[w.length - 1] ?? 0) + 1);
  });
  return {
    heads: Uint16Array.from(heads),
    sizes: Uint16Array.from(sizes),
    text: packUtf16(words.map((w) => w.slice(1))).text,
    ids: Uint8Array.from(words, (w) => number.get(tags.get(w)!)!),
    header: { names, lengths: Array.from(lengths, (n) => n ?? 0), runs: Array.from(lengths, (_, i) => runs[i] ?? 0) },
  };
}

export function encodeArtefact(src: LexiconSource): Buffer {
  const entries = [...src.entries].sort((a, b) => byCodeUnits(a.simplified, b.simplified));
  const simp = packUtf16(entries.map((e) => e.simplified));
  const trad = packUtf16(entries.map((e) => e.traditional));
  const tradOrder = Uint32Array.from(entries.keys()).sort((a, b) => byCodeUnits(entries[a]!.traditional, entries[b]!.traditional) || a - b);
  const info = packUtf8(entries.map((e) => [e.pinyin, ...e.senses].join('\x1f')));
  const freqIds: number[] = [];
  const freqValues: number[] = [];
  entries.forEach((e, i) => {
    if ([...e.simplified].length !== 1) return;
    const key = readingKey(e.pinyin);
    const f = src.readingFrequency.get(e.traditional + key) ?? src.readingFrequency.get(e.simplified + key);
    if (f) freqIds.push(i), freqValues.push(f);
  });
  const stats = wordStats(src);
  const words = [...stats.keys()].sort(byCodeUnits);
  const packedWords = packUtf16(words);
  const tags = packTags(src.segmenterTags);
  const sections: Sections = {
    simpOffsets: simp.offsets,
    simpText: simp.text,
    tradOffsets: trad.offsets,
    tradText: trad.text,
    tradOrder,
    infoOffsets: info.offsets,
    info: info.bytes,
    freqIds: Uint32Array.from(freqIds),
    freqValues: Uint32Array.from(freqValues),
    wordOffsets: packedWords.offsets,
    wordText: packedWords.text,
    bookRank: Uint32Array.from(words, (w) => stats.get(w)!.book),
    movieRank: Uint32Array.from(words, (w) => stats.get(w)!.movie),
    hskLevel: Uint8Array.from(words, (w) => stats.get(w)!.hsk),
    hsk3Level: Uint8Array.from(words, (w) => stats.get(w)!.hsk3),
    charLevel: Uint8Array.from(words, (w) => stats.get(w)!.charLevel),
    standaloneShare: Uint8Array.from(words, (w) => stats.get(w)!.standaloneShare),
    segmenterTagHeads: tags.heads,
    segmenterTagRunSizes: tags.sizes,
    segmenterTagText: tags.text,
    segmenterTagIds: tags.ids,
  };
  const surnames = new Set<string>();
  let maxWordLength = 1;
  for (const e of entries) {
    if ([...e.simplified].length === 1 && e.senses.some((s) => /^surname [A-Z]/.test(s))) surnames.add(e.simplified);
    maxWordLength = Math.max(maxWordLength, e.simplified.length, e.traditional.length);
  }
  const header: Omit<ArtefactHeader, 'crc32' | 'sections'> = {
    version: ARTEFACT_VERSION,
    sources: src.sources,
    littleEndian: NATIVE_LITTLE_ENDIAN,
    counts: {
      entries: entries.length,
      words: words.length,
      hskWords: src.hsk.reduce((n, l) => n + l.length, 0),
      hsk3Words: src.hsk3.size,
      bookWords: src.bookWords.length,
      movieWords: src.movieWords.length,
      segmenterTags: tags.ids.length,
    },
    levelModel: LEVEL_MODEL,
    levelBoundaries: boundaries(src, stats),
    surnames: [...surnames],
    segmenterTags: tags.header,
    maxWordLength,
  };
  return layOut(header, sections);
}

function layOut(header: Omit<ArtefactHeader, 'crc32' | 'sections'>, sections: Sections): Buffer {
  const placed = {} as Record<SectionName, [number, number]>;
  let size = 0;
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    size = Math.ceil(size / 4) * 4;
    placed[name] = [size, sections[name].byteLength];
    size += sections[name].byteLength;
  }
  const body = Buffer.alloc(Math.ceil(size / 4) * 4);
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const a = sections[name];
    body.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), placed[name][0]);
  }
  const json = Buffer.from(JSON.stringify({ ...header, crc32: crc32(body), sections: placed }), 'utf8');
  const file = Buffer.alloc(bodyStart(json.length) + body.length);
  file.write(MAGIC, 0, 'latin1');
  file.writeUInt32LE(json.length, 4);
  json.copy(file, 8);
  body.copy(file, bodyStart(json.length));
  return file;
}
