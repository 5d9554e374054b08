import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/domain/errors.js';
import { decodeBuffer } from '../../src/ingest/index.js';

const SIMPLIFIED = '市民可以免费借阅图书，读完后放回任意一座书亭即可。“很方便！”AT&T 2025年';
const TRADITIONAL = '許多讀者對這個消息感到高興。一位在銀行工作的讀者說：「終於可以慢慢挑書了！」';

const bom = (bytes: number[], body: Buffer): Buffer => Buffer.concat([Buffer.from(bytes), body]);

/** Deterministic pseudo-random bytes in [lo, hi]. */
function noise(length: number, lo: number, hi: number, seed = 7): Buffer {
  const buf = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    buf[i] = lo + ((x >> 16) % (hi - lo + 1));
  }
  return buf;
}

describe('decodeBuffer', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBuffer(Buffer.from(SIMPLIFIED))).toBe(SIMPLIFIED);
    expect(decodeBuffer(bom([0xef, 0xbb, 0xbf], Buffer.from(SIMPLIFIED)))).toBe(SIMPLIFIED);
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeBuffer(bom([0xff, 0xfe], iconv.encode(SIMPLIFIED, 'utf-16le')))).toBe(SIMPLIFIED);
    expect(decodeBuffer(bom([0xfe, 0xff], iconv.encode(SIMPLIFIED, 'utf-16be')))).toBe(SIMPLIFIED);
  });

  it('detects GBK and GB18030 without being told', () => {
    expect(decodeBuffer(iconv.encode(SIMPLIFIED, 'gbk'))).toBe(SIMPLIFIED);
    expect(decodeBuffer(iconv.encode(TRADITIONAL, 'gbk'))).toBe(TRADITIONAL);
    const rare = '𠀀这个字在扩展区B里，只有GB18030能表示。';
    expect(decodeBuffer(iconv.encode(rare, 'gb18030'))).toBe(rare);
  });

  it('falls back to Big5 for traditional text that is not GB18030', () => {
    expect(decodeBuffer(iconv.encode(TRADITIONAL, 'big5'))).toBe(TRADITIONAL);
  });

  it('uses a forced encoding and rejects unknown names as a usage error', () => {
    expect(decodeBuffer(iconv.encode(TRADITIONAL, 'big5'), { encoding: 'big5' })).toBe(TRADITIONAL);
    expect(() => decodeBuffer(Buffer.from('abc'), { encoding: 'klingon-8' })).toThrow(UsageError);
  });

  it('rejects binary data: NUL bytes, random high bytes, control characters', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeBuffer(png, { name: 'photo.txt' })).toThrow(/photo\.txt: looks like a binary file/);
    expect(() => decodeBuffer(noise(4000, 0x80, 0xff), { name: 'x' })).toThrow(InputError);
    expect(() => decodeBuffer(noise(4000, 1, 0xff, 99), { name: 'x' })).toThrow(/binary/);
    expect(() => decodeBuffer(Buffer.from('abc\x01\x02\x03\x04def'))).toThrow(/binary/);
  });

  it('passes traditional characters through unchanged', () => {
    expect(decodeBuffer(Buffer.from(TRADITIONAL))).toBe(TRADITIONAL);
  });
});
