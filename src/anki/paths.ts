/** Deck names → safe file names that always stay inside the output folder. */
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../domain/errors.js';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_BYTES = 150;

function truncateUtf8(text: string, maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    bytes += Buffer.byteLength(ch, 'utf8');
    if (bytes > maxBytes) break;
    out += ch;
  }
  return out;
}

/**
 * `zhcards::人民日报` → `zhcards-人民日报`. Separators, control and bidi characters, characters
 * Windows forbids and leading dots go; reserved device names get a suffix.
 */
export function safeDeckFileName(deckName: string): string {
  let name = deckName
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/::/g, '-')
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s.-]+|[\s.-]+$/g, '');
  name = truncateUtf8(name, MAX_BYTES).replace(/[\s.-]+$/, '');
  if (!name) return 'deck';
  return WINDOWS_RESERVED.test(name) ? `${name}_` : name;
}

/** `decks/<safe name>.<ext>`, guaranteed to be a direct child of `outDir`. */
export function resolveDeckPath(outDir: string, deckName: string, ext: string): string {
  const dir = resolve(outDir);
  const cleanExt = ext.replace(/^\.+/, '').replace(/[^a-z0-9]/gi, '') || 'apkg';
  const path = resolve(dir, `${safeDeckFileName(deckName)}.${cleanExt}`);
  const rel = relative(dir, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || rel !== basename(path)) {
    throw new UsageError(`Deck name "${deckName}" does not make a usable file name.`);
  }
  return path;
}

/** `zhcards::<title>`; `::` inside the title would nest decks, so it is flattened. */
export function defaultDeckName(title: string): string {
  const clean = title
    .replace(/[\u0000-\u001f\u007f"]/g, ' ')
    .replace(/::+/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
  const short = Array.from(clean).slice(0, 80).join('').trim();
  return `zhcards::${short || 'Untitled'}`;
}
