/** Bytes → text: BOM-marked Unicode, plain UTF-8, or legacy GB18030/GBK and Big5. */

import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';
import { InputError, UsageError } from '../domain/errors.js';
import { isHan } from './chars.js';

let iconvModule: typeof Iconv | undefined;

/** iconv-lite, loaded only for UTF-16 and legacy encodings: UTF-8 input never pays for it. */
function iconv(): typeof Iconv {
  iconvModule ??= createRequire(import.meta.url)('iconv-lite') as typeof Iconv;
  return iconvModule;
}

export interface DecodeOptions {
  /** Force an encoding (any name iconv-lite knows: utf-8, gbk, gb18030, big5, utf-16le…). */
  encoding?: string;
  /** Shown in error messages, usually the file path. */
  name?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** C0 controls other than tab, newline, vertical tab, form feed, carriage return. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/u;

function binaryError(name: string): InputError {
  return new InputError(`${name}: looks like a binary file, not text (use --encoding if it is text in an unusual encoding)`);
}

export function decodeBuffer(buf: Buffer, opts: DecodeOptions = {}): string {
  const name = opts.name ?? 'input';
  if (opts.encoding !== undefined) return decodeForced(buf, opts.encoding, name);

  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return checked(decodeUtf8Lenient(buf.subarray(3)), name);
  if (buf[0] === 0xff && buf[1] === 0xfe) return checked(iconv().decode(buf.subarray(2), 'utf-16le', { stripBOM: false }), name);
  if (buf[0] === 0xfe && buf[1] === 0xff) return checked(iconv().decode(buf.subarray(2), 'utf-16be', { stripBOM: false }), name);
  if (buf.includes(0)) throw binaryError(name);

  try {
    return checked(utf8.decode(buf), name);
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
  // Legacy encodings in order of likelihood for Chinese text files: mainland
  // GB18030 (a superset of GBK/GB2312), then Taiwan/Hong Kong Big5.
  for (const legacy of ['gb18030', 'big5']) {
    const text = iconv().decode(buf, legacy);
    if (looksLikeChinese(text)) return checked(text, name);
  }
  throw binaryError(name);
}

function decodeUtf8Lenient(buf: Buffer): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf);
}

function decodeForced(buf: Buffer, encoding: string, name: string): string {
  if (!iconv().encodingExists(encoding)) {
    throw new UsageError(`unknown encoding "${encoding}" (try utf-8, gb18030, gbk, big5, utf-16le, utf-16be)`);
  }
  const text = iconv().decode(buf, encoding, { stripBOM: true });
  return checked(text, name);
}

/** Text decoded from binary data is full of control characters. */
function checked(text: string, name: string): string {
  const sample = text.slice(0, 65536);
  let controls = 0;
  for (const ch of sample) if (CONTROL.test(ch)) controls++;
  if (sample.includes('\u0000') || controls > Math.max(2, sample.length * 0.01)) throw binaryError(name);
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/**
 * GB18030 maps almost any byte sequence to some character, so a successful
 * decode proves little. Real Chinese text has no replacement characters, and
 * its non-ASCII characters are overwhelmingly common Han and CJK punctuation,
 * where random bytes land on rare characters, private-use and symbol blocks.
 */
function looksLikeChinese(text: string): boolean {
  let nonAscii = 0;
  let good = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if (ch === '\ufffd') return false;
    if ((cp >= 0x4e00 && cp <= 0x9fff && isHan(ch)) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x2010 && cp <= 0x2027)) {
      good++;
    }
  }
  return nonAscii > 0 && good >= nonAscii * 0.9;
}
