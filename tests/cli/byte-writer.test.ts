// The buffered UTF-8 writer behind `analyze --json`: whatever the piece sizes, the stream
// receives exactly the text written, in valid UTF-8, whether it takes bytes or text.
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../src/cli/byte-writer.js';
import type { OutStream } from '../../src/cli/io.js';

function pieces(): Array<string | Buffer> {
  const out: Array<string | Buffer> = [];
  const token = Buffer.from(',{"text":"車票","pinyin":"chē piào","kind":"word"}');
  for (let i = 0; i < 40_000; i++) {
    out.push(`{"index":${i},"text":"我們今天去火車站買車票𨁂。"`);
    out.push(token);
  }
  // one piece larger than the buffer, and one of four-byte characters
  out.push('長'.repeat(500_000), '𨁂'.repeat(200_000), 'end');
  return out;
}

const expected = pieces()
  .map((p) => (typeof p === 'string' ? p : p.toString('utf8')))
  .join('');

describe('ByteWriter', () => {
  it('gives a byte stream exactly the UTF-8 of what was written, in chunks that each decode whole', () => {
    const chunks: Buffer[] = [];
    const out: OutStream = { write: () => expect.fail('bytes were expected'), writeBytes: (b) => void chunks.push(Buffer.from(b)) };
    const w = new ByteWriter(out);
    for (const p of pieces()) typeof p === 'string' ? w.text(p) : w.bytes(p);
    w.flush();
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(Buffer.from(c.toString('utf8')).equals(c)).toBe(true);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  });

  it('gives a text-only stream the same text', () => {
    let text = '';
    const w = new ByteWriter({ write: (t) => void (text += t) });
    for (const p of pieces()) typeof p === 'string' ? w.text(p) : w.bytes(p);
    w.flush();
    expect(text).toBe(expected);
  });
});
