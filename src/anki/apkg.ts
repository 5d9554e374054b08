/** `.apkg` output: render the plan with the extended exporter, then write it atomically. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import JSZip from 'jszip';
import { InputError } from '../domain/errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { CREATOR, CREATOR_KEY } from './collection.js';
import { PlanExporter } from './exporter.js';
import { OUR_NOTE_TYPE_IDS } from '../cards/index.js';
import type { DeckPlan } from './plan.js';
import { quietly } from './quiet.js';
import { loadSqlJs } from './sqljs.js';

export interface WriteOptions {
  /** Replace an existing file even if it is not one we wrote. */
  force?: boolean;
}

export interface WriteResult {
  /** Main output file (absolute). */
  path: string;
  /** Every file written, `path` first. */
  files: string[];
  notes: number;
  /** Cards Anki will have after importing. */
  cards: number;
}

export function assertNotEmpty(plan: DeckPlan): void {
  if (plan.notes.length === 0) throw new InputError('Nothing to export: no words or sentences were selected.');
}

/** The package bytes; nothing touches the disk. */
export function renderApkg(plan: DeckPlan): Promise<Buffer> {
  assertNotEmpty(plan);
  return quietly(async () => {
    const exporter = new PlanExporter(plan, await loadSqlJs());
    try {
      exporter.addPlannedNotes();
      return await exporter.save();
    } finally {
      exporter.dispose();
    }
  });
}

/** A zip holding a `collection.anki2` that we wrote: our marker and our note types. */
export async function isZhcardsApkg(path: string): Promise<boolean> {
  try {
    const bytes = await readFile(path);
    if (bytes.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return false;
    const zip = await JSZip.loadAsync(bytes);
    const collection = await zip.file('collection.anki2')?.async('uint8array');
    if (!collection) return false;
    const db = new (await loadSqlJs()).Database(collection);
    try {
      const [conf = '{}', models = '{}'] = db.exec('SELECT conf, models FROM col')[0]?.values[0] ?? [];
      const creator = (JSON.parse(String(conf)) as Record<string, unknown>)[CREATOR_KEY];
      const ids = Object.keys(JSON.parse(String(models)) as object);
      return creator === CREATOR && OUR_NOTE_TYPE_IDS.some((id) => ids.includes(String(id)));
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export async function writeApkg(plan: DeckPlan, outPath: string, opts: WriteOptions = {}): Promise<WriteResult> {
  const path = resolve(outPath);
  const data = await renderApkg(plan);
  await writeFileAtomic(path, data, { force: opts.force, isOurs: isZhcardsApkg, kind: 'an Anki deck written by zhcards' });
  return { path, files: [path], notes: plan.notes.length, cards: plan.cardCount };
}
