/** What an export is asked to do: shared by `zhcards export` and the app's Export screen. */
import { existsSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { CardKind } from '../cards/index.js';
import { UsageError } from '../domain/errors.js';

export type ExportFormat = 'apkg' | 'tsv' | 'pleco';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['apkg', 'tsv', 'pleco'];
/** File extension each format writes. */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = { apkg: 'apkg', tsv: 'tsv', pleco: 'txt' };

export interface ExportOptions {
  /** A file, or a folder (existing, or written with a trailing slash); null = the decks folder. */
  out: string | null;
  /** Deck name; nested under `zhcards::` when it is not already. null = from the headline. */
  deck: string | null;
  max: number | null;
  cards: CardKind[];
  sentences: boolean;
  format: ExportFormat;
  force: boolean;
  /** Write every note as changed, and give shared words this export's article. */
  refresh: boolean;
}

/** File extensions each format may be written under (Anki's text import also reads .txt). */
const ALLOWED_EXTENSIONS: Record<ExportFormat, readonly string[]> = { apkg: ['apkg'], tsv: ['tsv', 'txt'], pleco: ['txt'] };

/**
 * Refuses `--out deck.txt` with the apkg format (and the like): a package named .txt would
 * confuse Anki and the learner. A name without an extension, or a folder, is fine.
 */
export function checkOutputExtension(out: string | null, format: ExportFormat): void {
  if (!out || out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory())) return;
  const ext = extname(out).slice(1).toLowerCase();
  if (!ext || ALLOWED_EXTENSIONS[format].includes(ext)) return;
  const fitting = (Object.keys(ALLOWED_EXTENSIONS) as ExportFormat[]).filter((f) => ALLOWED_EXTENSIONS[f].includes(ext));
  const hint = fitting.length ? `use --format ${fitting.join(' or ')}, or ` : '';
  throw new UsageError(`--out ${basename(out)} does not fit --format ${format}: ${hint}name the file .${FORMAT_EXTENSIONS[format]}`);
}
