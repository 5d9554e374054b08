/** Pleco's tone colours, shared by every place the app shows pinyin, at the terminal's colour depth. */
import { toneOf } from '../notation/index.js';

export const TONE_COLORS: Record<1 | 2 | 3 | 4 | 5, string> = { 1: '#E30000', 2: '#02B31C', 3: '#1510F0', 4: '#8900BF', 5: '#777777' };
/** The same hues in the 16 basic colours, for terminals without true colour. */
const BASIC_TONE_COLORS: Record<1 | 2 | 3 | 4 | 5, string> = { 1: 'red', 2: 'green', 3: 'blue', 4: 'magenta', 5: 'gray' };

/** Colour bits the terminal shows: 1 = none (NO_COLOR or not a colour terminal), 4, 8 or 24. */
export type ColorDepth = 1 | 4 | 8 | 24;

export function toneColor(syllable: string, depth: ColorDepth = 24): string | undefined {
  if (depth === 1) return undefined;
  const tone = toneOf(syllable);
  return depth === 24 ? TONE_COLORS[tone] : BASIC_TONE_COLORS[tone];
}

/** NO_COLOR (any value) wins; then FORCE_COLOR; then what the stream reports. */
export function colorDepthFor(env: NodeJS.ProcessEnv, stream: { getColorDepth?: () => number; isTTY?: boolean }): ColorDepth {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 1;
  const forced = env.FORCE_COLOR;
  if (forced === '0') return 1;
  if (forced === '3') return 24;
  if (forced === '2') return 8;
  if (forced !== undefined && forced !== '') return 4;
  if (!stream.isTTY || !stream.getColorDepth) return 1;
  const d = stream.getColorDepth();
  return d >= 24 ? 24 : d >= 8 ? 8 : d >= 4 ? 4 : 1;
}
