/**
 * Stable identity. Anki matches note types by id, notes by GUID and decks by name, so these
 * must never depend on the clock: re-exporting updates notes instead of duplicating them.
 */
import { createHash } from 'node:crypto';

/** Fixed forever: changing them makes Anki create a second note type and duplicate notes. */
export const WORD_NOTE_TYPE_ID = 1_718_000_000_101;
export const SENTENCE_NOTE_TYPE_ID = 1_718_000_000_102;
/** Id of the top-level `zhcards` deck. */
export const PARENT_DECK_ID = 1_718_000_000_001;
export const PARENT_DECK_NAME = 'zhcards';
export const OUR_NOTE_TYPE_IDS: readonly number[] = [WORD_NOTE_TYPE_ID, SENTENCE_NOTE_TYPE_ID];

const GUID_NAMESPACE = 'zhcards';
// Anki's guid alphabet (anki/utils.py `base91`), so our GUIDs look like Anki's own.
const BASE91 =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function base91(value: bigint): string {
  let out = '';
  let n = value;
  do {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  } while (n > 0n);
  return out;
}

/** GUID from the first 64 bits of a SHA-256 over the identity parts. */
export function stableGuid(parts: readonly (string | number)[]): string {
  return base91(digest([GUID_NAMESPACE, ...parts].join('\u001f')).readBigUInt64BE(0));
}

/** Reading as identity: numbered pinyin with ü spelled one way and no spaces (`diao4yan2`). */
export function normaliseReading(reading: string): string {
  return reading.normalize('NFC').replace(/ü|v/g, 'u:').replace(/\s+/g, '');
}

export function wordGuid(simplified: string, readingNumbered: string): string {
  return stableGuid(['word', WORD_NOTE_TYPE_ID, simplified.normalize('NFC'), normaliseReading(readingNumbered)]);
}

/** Width variants and spacing do not make a new sentence. */
export function normaliseSentence(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export function sentenceGuid(text: string): string {
  return stableGuid(['sentence', SENTENCE_NOTE_TYPE_ID, normaliseSentence(text)]);
}

/**
 * Deck id from the deck name (Anki deck names are case-insensitive). Kept within 2^52..2^53 so
 * it is a safe JS integer and cannot collide with Anki's timestamp ids or the Default deck.
 */
export function deckIdFor(name: string): number {
  if (name.toLowerCase() === PARENT_DECK_NAME) return PARENT_DECK_ID;
  const bits52 = digest(`deck\u001f${name.normalize('NFC').toLowerCase()}`).readBigUInt64BE(0) >> 12n;
  return Number((1n << 52n) + bits52);
}
