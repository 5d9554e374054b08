/** Turns extracted text into classified paragraphs. */

import type { Paragraph } from '../domain/types.js';
import { classifyBlocks, type HeadlineMode } from './classify.js';
import { setAsideFurniture } from './furniture.js';
import { groupLines, parseLines } from './layout.js';
import { splitRunInHeadline } from './run-in-headline.js';

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
  /**
   * Set aside page furniture (contact and copyright lines, share labels, lines repeated three
   * times or more). Off for subtitles, where a repeated line is a refrain.
   */
  furniture?: boolean;
}

/**
 * Rebuilds paragraphs from text whose line breaks may come from print layout.
 * Lines starting with `# ` are headings (extractText marks HTML/markdown ones).
 */
export function reflow(text: string, opts: ReflowOptions = {}): Paragraph[] {
  const blocks = groupLines(parseLines(text), opts.layout ?? 'auto');
  const headlines = opts.headlines ?? 'auto';
  const paragraphs = classifyBlocks(blocks, headlines);
  // Plain text only: a run-in headline is how news is saved one article per line.
  const split = headlines === 'auto' ? splitRunInHeadline(paragraphs) : paragraphs;
  return opts.furniture === false ? split : setAsideFurniture(split);
}
