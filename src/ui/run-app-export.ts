/** The Export screen's action: the learner's selection through the same engine as `zhcards export`. */
import { formatExportResult } from '../export/result-message.js';
import type { Database } from '../storage/index.js';
import type { Controller } from './use-controller.js';

export interface ExportContext {
  inputs: readonly string[];
  decksDir: string;
  cwd: string;
  now: () => Date;
  /** The learner database (null with --no-db): what earlier exports wrote. */
  db: Database | null;
}

export function runAppExport(c: Controller, ctx: ExportContext): void {
  const a = c.analysisNow();
  if (!a || c.exportStatus.phase === 'writing') return;
  const s = c.ref.current;
  const words = new Set(c.selected().map((v) => v.word));
  if (words.size === 0 && !(s.sentenceCards && s.sentences.size)) return c.setExportStatus({ phase: 'failed', message: 'Nothing selected: Space on the Words screen includes words.' });
  c.setExportStatus({ phase: 'writing' });
  void (async () => {
    try {
      // Loaded on first use: the Anki writer is not needed for the first frame.
      const { curatedAnalysis, runExport } = await import('../export/index.js');
      const analysis = curatedAnalysis(a, { words, sentences: s.sentenceCards ? s.sentences : new Set() });
      const options = { out: s.text.out.trim() || null, deck: s.text.deck.trim() || null, max: null, cards: [...s.cards], sentences: s.sentenceCards && s.sentences.size > 0, format: 'apkg' as const, force: false, refresh: false };
      const result = await runExport({ analysis, inputs: ctx.inputs, options, decksDir: ctx.decksDir, now: ctx.now(), db: ctx.db, studyDb: ctx.db });
      c.setExportStatus({ phase: 'done', message: formatExportResult(result, ctx.cwd) });
      c.dispatch({ type: 'exported' });
    } catch (e) {
      c.setExportStatus({ phase: 'failed', message: (e as Error).message });
    }
  })();
}
