/** Opens an artefact buffer: header checks and typed-array views over the body, no copying. */
import { crc32 } from 'node:zlib';
import { topLevel } from '../levels/index.js';
import { LEVEL_MODEL } from './levels.js';
import { ARTEFACT_VERSION, MAGIC, NATIVE_LITTLE_ENDIAN, SECTIONS, bodyStart, type ArtefactHeader, type SectionName, type Sections } from './artefact.js';

export type Decoded = { ok: true; header: ArtefactHeader; sections: Sections } | { ok: false; problems: string[] };

function readHeader(buf: Uint8Array): { header: ArtefactHeader; length: number } | string {
  if (buf.length < 8 || Buffer.from(buf.buffer, buf.byteOffset, 4).toString('latin1') !== MAGIC) return 'not a zhcards lexicon (bad magic)';
  const length = new DataView(buf.buffer, buf.byteOffset, 8).getUint32(4, true);
  if (8 + length > buf.length) return 'truncated header';
  try {
    const header: unknown = JSON.parse(Buffer.from(buf.buffer, buf.byteOffset + 8, length).toString('utf8'));
    return header && typeof header === 'object' ? { header: header as ArtefactHeader, length } : 'unreadable header';
  } catch {
    return 'unreadable header';
  }
}

function headerProblems(h: ArtefactHeader, expectedSources?: Record<string, string>): string[] {
  const problems: string[] = [];
  if (h.version !== ARTEFACT_VERSION) problems.push(`version ${h.version}, expected ${ARTEFACT_VERSION}`);
  if (h.levelModel !== LEVEL_MODEL) problems.push(`level model "${h.levelModel}" is not the current one`);
  if (h.littleEndian !== NATIVE_LITTLE_ENDIAN) problems.push('built on a machine of the other byte order');
  for (const [name, v] of Object.entries(expectedSources ?? {})) {
    if (h.sources?.[name] !== v) problems.push(`${name} ${h.sources?.[name]} changed to ${v}`);
  }
  const c = h.counts;
  if (!c || !(c.entries >= 100_000)) problems.push(`only ${c?.entries} dictionary entries`);
  if (!c || !(c.hskWords >= 4900)) problems.push(`HSK list has ${c?.hskWords} words`);
  if (!c || !(c.hsk3Words >= 10_000)) problems.push(`HSK 3.0 list has ${c?.hsk3Words} words`);
  if (!c || !(c.bookWords >= 50_000) || !(c.movieWords >= 50_000) || !(c.words >= c.bookWords)) problems.push('frequency lists too short');
  if (!Array.isArray(h.surnames) || h.surnames.length < 300) problems.push('surname list too short');
  const increasing = (b: readonly number[] = []) => b.length === topLevel() && b.every((x, i) => x > 0 && (i === 0 || x > b[i - 1]!));
  if (!increasing(h.levelBoundaries?.chars) || !increasing(h.levelBoundaries?.words)) problems.push('level boundaries not increasing');
  if (!(h.maxWordLength > 1)) problems.push('no maximum word length');
  const tags = h.segmenterTags;
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  if (!c || !(c.segmenterTags >= 100_000) || !Array.isArray(tags?.names) || !Array.isArray(tags?.lengths) || !Array.isArray(tags?.runs)) problems.push('jieba tag table missing');
  else if (sum(tags.lengths) !== c.segmenterTags || tags.runs.length !== tags.lengths.length) problems.push('jieba tag table lengths do not add up');
  return problems;
}

/** Section lengths must agree with the counts and with each other. */
function shapeProblems(h: ArtefactHeader, s: Sections): string[] {
  const n = h.counts.entries;
  const w = h.counts.words;
  const want: Array<[SectionName, number]> = [
    ['simpOffsets', n + 1],
    ['tradOffsets', n + 1],
    ['infoOffsets', n + 1],
    ['tradOrder', n],
    ['wordOffsets', w + 1],
    ['bookRank', w],
    ['movieRank', w],
    ['hskLevel', w],
    ['hsk3Level', w],
    ['charLevel', w],
    ['standaloneShare', w],
    ['freqValues', s.freqIds.length],
    ['simpText', s.simpOffsets[n] ?? -1],
    ['tradText', s.tradOffsets[n] ?? -1],
    ['info', s.infoOffsets[n] ?? -1],
    ['wordText', s.wordOffsets[w] ?? -1],
    ['segmenterTagIds', h.counts.segmenterTags],
    ['segmenterTagText', h.segmenterTags.lengths.reduce((sum, count, i) => sum + count * i, 0)],
    ['segmenterTagHeads', h.segmenterTags.runs.reduce((a, b) => a + b, 0)],
    ['segmenterTagRunSizes', s.segmenterTagHeads.length],
  ];
  return want.filter(([name, len]) => s[name].length !== len).map(([name, len]) => `section ${name} has ${s[name].length} items, expected ${len}`);
}

export interface DecodeOptions {
  /** Package versions the artefact must have been built from. */
  expectedSources?: Record<string, string>;
  /**
   * Also check the body's CRC. It touches every page of the file (~20 ms here), so the
   * everyday load skips it and relies on the shape checks and known lookups.
   */
  verifyChecksum?: boolean;
}

export function decodeArtefact(buf: Uint8Array, options: DecodeOptions = {}): Decoded {
  const read = readHeader(buf);
  if (typeof read === 'string') return { ok: false, problems: [read] };
  const { header } = read;
  const problems = headerProblems(header, options.expectedSources);
  if (problems.length) return { ok: false, problems };
  const start = bodyStart(read.length);
  if ((buf.byteOffset + start) % 8 !== 0) return { ok: false, problems: ['misaligned buffer'] };
  const body = buf.subarray(start);
  if (options.verifyChecksum && crc32(body) !== header.crc32) return { ok: false, problems: ['checksum mismatch (corrupt or truncated file)'] };
  const sections = {} as Record<SectionName, unknown>;
  for (const [name, Kind] of Object.entries(SECTIONS) as Array<[SectionName, (typeof SECTIONS)[SectionName]]>) {
    const [offset, bytes] = header.sections?.[name] ?? [-1, -1];
    if (!(offset >= 0) || offset % 4 !== 0 || bytes % Kind.BYTES_PER_ELEMENT !== 0 || offset + bytes > body.length) {
      return { ok: false, problems: [`section ${name} out of bounds`] };
    }
    sections[name] = new Kind(body.buffer as ArrayBuffer, body.byteOffset + offset, bytes / Kind.BYTES_PER_ELEMENT);
  }
  const shape = shapeProblems(header, sections as Sections);
  return shape.length ? { ok: false, problems: shape } : { ok: true, header, sections: sections as Sections };
}
