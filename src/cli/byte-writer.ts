/**
 * Buffered UTF-8 output for large documents: text is encoded straight into one reused buffer
 * and pieces that repeat are encoded once and copied, so a 30 MB JSON document is neither built
 * as a string nor encoded twice. Flushed only between whole pieces, so every flush is valid UTF-8.
 */
import type { OutStream } from './io.js';

const SIZE = 1 << 20;

export class ByteWriter {
  private buf = Buffer.allocUnsafe(SIZE);
  private used = 0;

  constructor(private readonly out: OutStream) {}

  /** Appends `text` as UTF-8. */
  text(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    if (text.length * 3 > SIZE - this.used) {
      this.flush();
      if (text.length * 3 > SIZE) return this.send(Buffer.from(text));
    }
    this.used += this.buf.write(text, this.used, 'utf8');
  }

  /** Appends bytes already encoded (see `encoded`). */
  bytes(bytes: Uint8Array): void {
    if (bytes.length > SIZE - this.used) {
      this.flush();
      if (bytes.length > SIZE) return this.send(bytes);
    }
    this.buf.set(bytes, this.used);
    this.used += bytes.length;
  }

  flush(): void {
    if (this.used === 0) return;
    this.send(this.buf.subarray(0, this.used));
    this.used = 0;
  }

  private send(bytes: Uint8Array): void {
    if (this.out.writeBytes) this.out.writeBytes(bytes);
    else this.out.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  }
}
