/** Turns extracted text into classified paragraphs. */

import type { Paragraph } from '../domain/types.js';
import { classifyBlocks, type HeadlineMode } from './classify.js';
import { groupLines, parseLines } from './layout.js';

export interface ReflowOptions {
  /**
   * `auto` (default) detects hard-wrapped print layouts and joins their soft
   * breaks; `lines` keeps every line as its own paragraph (HTML blocks,
   * markdown blocks, subtitle cues).
   */
  layout?: 'auto' | 'lines';
  /**
   * `auto` (default) also treats short unpunctuated lines as headlines;
   * `marked` only lines starting with `# `.
   */
  headlines?: HeadlineMode;
}

/**
 * Rebuilds paragraphs from text whose line breaks may come from print layout.
 * Lines starting with `# ` are headings (extractText marks HTML/markdown ones).
 */
export function reflow(text: string, opts: ReflowOptions = {}): Paragraph[] {
  const blocks = groupLines(parseLines(text), opts.layout ?? 'auto');
  return classifyBlocks(blocks, opts.headlines ?? 'auto');
}
