/** What an export is asked to do: shared by `zhcards export` and the app's Export screen. */
import type { CardKind } from '../cards/index.js';

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
