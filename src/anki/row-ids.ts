/**
 * Note and card ids from the GUID (and template), so every export of a word writes the same
 * ids: importers that match cards by id (Mnemosyne's Anki importer) then update instead of
 * doubling them. Anki treats ids as creation times in milliseconds, so they sit in a fixed
 * window in the past: positive, safe integers, never later than any export time.
 */
import { hash } from 'node:crypto';

/** 2010-01-01 .. 2020-01-01 UTC, in milliseconds: before zhcards existed, after Anki did. */
export const ID_WINDOW_START = Date.UTC(2010, 0, 1);
export const ID_WINDOW_END = Date.UTC(2020, 0, 1);
const SPAN = BigInt(ID_WINDOW_END - ID_WINDOW_START);

const inWindow = (n: bigint): number => ID_WINDOW_START + Number(n % SPAN);

/**
 * The note's id and its cards' ids from one SHA-256 of the GUID (four 64-bit words: the note,
 * then templates 0–2); a further template gets its own hash. One hash per note, not four:
 * hashing is most of an export's per-note cost after the fields.
 */
export function rowIdsFor(guid: string): { note: number; card: (ord: number) => number } {
  const digest = hash('sha256', guid, 'buffer');
  return {
    note: inWindow(digest.readBigUInt64BE(0)),
    card: (ord) =>
      ord >= 0 && ord < 3
        ? inWindow(digest.readBigUInt64BE(8 * (ord + 1)))
        : inWindow(hash('sha256', `card\u001f${guid}\u001f${ord}`, 'buffer').readBigUInt64BE(0)),
  };
}

export const noteIdFor = (guid: string): number => rowIdsFor(guid).note;
export const cardIdFor = (guid: string, ord: number): number => rowIdsFor(guid).card(ord);

/**
 * Hands out ids, moving a rare collision to the next free millisecond. Ids come out in the
 * order asked for, so a collision resolves the same way in every export of the same notes.
 */
export class IdAllocator {
  private readonly used = new Set<number>();

  take(wanted: number): number {
    let id = wanted;
    while (this.used.has(id)) id = id + 1 >= ID_WINDOW_END ? ID_WINDOW_START : id + 1;
    this.used.add(id);
    return id;
  }
}
