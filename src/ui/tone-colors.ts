/** Pleco's tone colours, shared by every place the app shows pinyin. */
import { toneOf } from '../notation/index.js';

export const TONE_COLORS: Record<1 | 2 | 3 | 4 | 5, string> = { 1: '#E30000', 2: '#02B31C', 3: '#1510F0', 4: '#8900BF', 5: '#777777' };

export function toneColor(syllable: string): string {
  return TONE_COLORS[toneOf(syllable)];
}
