/**
 * The scale the app's labels use: the analysis's own once it arrives, before that the
 * built-in system's, so the first frame already speaks the learner's system.
 */
import type { Analysis } from '../domain/types.js';
import { FREQ_SCALE, HSK2, HSK3_SCALE, numberedScale, type LevelScale } from '../levels/index.js';

/** A list file's real names come with its first analysis; until then its levels are numbered. */
const LIST_SCALE = numberedScale('list', 'word list', 'Level', 9);

export function appScale(levels: string | undefined, analysis: Analysis | null): LevelScale {
  if (analysis) return analysis.scale ?? HSK2;
  if (!levels || levels === 'hsk2') return HSK2;
  return levels === 'hsk3' ? HSK3_SCALE : levels === 'freq' ? FREQ_SCALE : LIST_SCALE;
}
