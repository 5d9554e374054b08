/** Lazy, validated loading of the lexicon artefact (built on install, rebuilt if missing or stale). */
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { ZhcardsError } from '../domain/errors.js';
import { artefactPath } from './artefact.js';
import { sourceVersions, writeArtefact } from './build.js';
import { decodeArtefact } from './decode.js';
import type { Lexicon } from './types.js';
import { createLexicon } from './view.js';

let cached: Lexicon | undefined;

/** The process-wide lexicon from `build/lexicon.bin`, loaded on first use. */
export function loadLexicon(): Lexicon {
  cached ??= readLexicon();
  return cached;
}

/** Known facts every sound artefact must reproduce; cheap enough to check on every load. */
function knownWordProblems(lx: Lexicon): string[] {
  const problems: string[] = [];
  if (!lx.lookup('中国').some((e) => e.pinyin === 'Zhong1 guo2' && e.traditional === '中國')) problems.push('中国 not found');
  if (lx.lookup('機制')[0]?.simplified !== '机制') problems.push('traditional 機制 not found');
  if (!lx.lookup('行').some((e) => e.pinyin === 'hang2') || lx.has('不是词语吧')) problems.push('lookup broken');
  if (lx.hskLevel('爱') !== 1 || lx.hskLevel('载体') !== null) problems.push('HSK levels wrong');
  if (lx.hsk3Level('爸') !== 1 || lx.hsk3Level('们') !== null) problems.push('HSK 3.0 levels wrong');
  if (lx.movieRank('的') !== 1 || lx.bookRank('的') !== 1) problems.push('frequency ranks wrong');
  if (!lx.isSurname('王')) problems.push('surnames wrong');
  if (lx.segmenterTag('的') !== 'uj' || lx.segmenterTag('中国') !== 'ns' || lx.segmenterTag('不是词语吧') !== undefined) problems.push('jieba tags wrong');
  if (lx.charLevel('车') !== 1 || !(lx.standaloneShare('车')! > 20) || !(lx.standaloneShare('力')! < 10)) problems.push('character statistics wrong');
  return problems;
}

/**
 * Problems that make the artefact bytes unusable, checksum included; empty when sound
 * (and, given `expectedSources`, current).
 */
export function validateArtefact(bytes: Uint8Array, expectedSources?: Record<string, string>): string[] {
  const decoded = decodeArtefact(bytes, { expectedSources, verifyChecksum: true });
  return decoded.ok ? knownWordProblems(createLexicon(decoded.header, decoded.sections)) : decoded.problems;
}

/** Bytes read ahead by prefetchLexicon, taken by the next read of the same path. */
let prefetched: { path: string; bytes: Buffer } | undefined;

/**
 * Reads the artefact on the I/O thread pool (one read call, so it needs nothing from this
 * thread once started): a cold start begins it just before loading the segmenter, which holds
 * this thread for seconds, and the next loadLexicon takes the bytes instead of reading them.
 * Never fails: on any problem loadLexicon reads (and checks) the file as usual.
 */
export function prefetchLexicon(path: string = artefactPath()): Promise<void> {
  // The process-wide lexicon is read once; reading it ahead again would hold 12 MB for nothing.
  if (cached && path === artefactPath()) return Promise.resolve();
  let fd: number;
  let bytes: Buffer;
  try {
    fd = openSync(path, 'r');
  } catch {
    return Promise.resolve();
  }
  try {
    bytes = Buffer.allocUnsafeSlow(fstatSync(fd).size);
  } catch {
    closeSync(fd);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    read(fd, bytes, 0, bytes.length, 0, (err, n) => {
      closeSync(fd);
      if (!err && n === bytes.length) prefetched = { path, bytes };
      resolve();
    });
  });
}

/** The whole file in one read, into a fresh (hence 8-byte aligned) buffer; null when missing. */
function readWhole(path: string): Buffer | null {
  if (prefetched?.path === path) {
    const { bytes } = prefetched;
    prefetched = undefined;
    return bytes;
  }
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    const buf = Buffer.allocUnsafeSlow(size);
    let done = 0;
    while (done < size) {
      const n = readSync(fd, buf, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    return buf.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

function open(path: string, expectedSources: Record<string, string>, verifyChecksum: boolean): Lexicon | string[] {
  const bytes = readWhole(path);
  if (!bytes) return ['missing'];
  const decoded = decodeArtefact(bytes, { expectedSources, verifyChecksum });
  if (!decoded.ok) return decoded.problems;
  const lx = createLexicon(decoded.header, decoded.sections);
  const problems = knownWordProblems(lx);
  return problems.length ? problems : lx;
}

export interface ReadLexiconOptions {
  /** Rebuild from the npm packages when the artefact is missing, stale or corrupt (default true). */
  rebuild?: boolean;
}

/** Whole-run failures (missing packages, unwritable build folder) as one clear line. */
function orFail<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw new ZhcardsError(`${what}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * A lexicon over artefact bytes someone else has already opened and checked (a worker thread
 * given the main thread's SharedArrayBuffer): no copy, no checksum, no rebuild.
 */
export function lexiconFromBytes(bytes: Uint8Array): Lexicon {
  const decoded = decodeArtefact(bytes, { verifyChecksum: false });
  if (!decoded.ok) throw new ZhcardsError(`lexicon bytes unusable: ${decoded.problems.join('; ')}`);
  return createLexicon(decoded.header, decoded.sections);
}

/** Opens the artefact at `path` (uncached), rebuilding it first when needed. */
export function readLexicon(path: string = artefactPath(), options: ReadLexiconOptions = {}): Lexicon {
  const expected = orFail('cannot read the lexicon sources', sourceVersions);
  const first = open(path, expected, false);
  if (!Array.isArray(first)) return first;
  if (options.rebuild === false) throw new ZhcardsError(`lexicon artefact ${path} unusable: ${first.join('; ')}`);
  orFail(`cannot build the lexicon artefact ${path}`, () => writeArtefact(path));
  const rebuilt = open(path, expected, true);
  if (Array.isArray(rebuilt)) throw new ZhcardsError(`lexicon artefact invalid after rebuild: ${rebuilt.join('; ')}`);
  return rebuilt;
}
