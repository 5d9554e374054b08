/** Reads an .apkg the way Anki does: unzip, then open collection.anki2 with SQLite. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { decodeHTML } from 'entities';
import JSZip from 'jszip';

export interface OpenedApkg {
  entries: string[];
  media: unknown;
  db: Database.Database;
}

export async function openApkg(path: string): Promise<OpenedApkg> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const collection = await zip.file('collection.anki2')!.async('nodebuffer');
  const media = JSON.parse(await zip.file('media')!.async('string')) as unknown;
  return { entries: Object.keys(zip.files).sort(), media, db: new Database(collection) };
}

/** Anki's checksum, written independently of src/anki: SHA-1 of the tag-stripped field. */
export function ankiChecksum(field: string): number {
  const text = decodeHTML(field.replace(/<[^>]*>/g, ''));
  return parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);
}
