/** HTML text helpers: everything that reaches a card field goes through `escapeHtml`. */
import { createHash } from 'node:crypto';
import { decodeHTML } from 'entities';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Brackets are escaped too: Anki reads `[sound:…]` in field text as media to play and
  // `x[y]` as ruby in furigana fields, and article text must never trigger either.
  '[': '&#91;',
  ']': '&#93;',
};

const NEEDS_ESCAPE = /[&<>"'[\]\u0000-\u001f\u007f]/;

/** Article text as inert HTML text. Control characters (tabs, newlines) become spaces. */
export function escapeHtml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/[&<>"'[\]]/g, (c) => ESCAPES[c] ?? c);
}

/** Anki's strip_html: drop comments and tags, then decode entities. Used for `sfld` and `csum`. */
export function stripHtml(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '')).replace(/\u00a0/g, ' ');
}

/** Anki's note checksum: first 8 hex digits of SHA-1 of the stripped first field, as an integer. */
export function fieldChecksum(firstField: string): number {
  return textChecksum(stripHtml(firstField));
}

/** The same, for a field already stripped of HTML. */
export function textChecksum(text: string): number {
  return createHash('sha1').update(text, 'utf8').digest().readUInt32BE(0);
}
