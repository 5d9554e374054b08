/** Markup removal per input format. */

import { extname } from 'node:path';
import type { ReflowOptions } from './reflow.js';

export type TextFormat = 'text' | 'markdown' | 'html' | 'srt' | 'vtt';

const EXTENSIONS: Record<string, TextFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.srt': 'srt',
  '.vtt': 'vtt',
};

/** File extensions read from a directory. */
export const TEXT_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/**
 * Plain text with one paragraph (or one printed line) per line. Headings from
 * markdown and HTML come out as `# ` lines, which reflow reads as headlines.
 * Each format's parser loads when the format turns up: a plain-text run never
 * loads htmlparser2 and entities (a tenth of a second of a cold start).
 */
export async function extractText(text: string, format: TextFormat): Promise<string> {
  const normalised = text.replace(/\r\n?/g, '\n');
  switch (format) {
    case 'html':
      return (await import('./html.js')).htmlToText(normalised);
    case 'markdown':
      return (await import('./markdown.js')).markdownToText(normalised);
    case 'srt':
    case 'vtt':
      return (await import('./subtitles.js')).subtitlesToText(normalised, format);
    case 'text':
      return normalised;
  }
}

/** Format from the file name, falling back to a look at the content (stdin, odd extensions). */
export function formatOf(path: string, text: string): TextFormat {
  const byName = EXTENSIONS[extname(path).toLowerCase()];
  if (byName) return byName;
  const head = text.trimStart().slice(0, 2000);
  if (/^WEBVTT(?:\s|$)/u.test(head)) return 'vtt';
  if (/^\d+\s*\n\s*\d{1,2}:\d{2}:\d{2},\d{3}\s*-->/u.test(head)) return 'srt';
  if (/^<(?:!doctype|html|head|body|div|p|article|section|h[1-6])\b/iu.test(head)) return 'html';
  return 'text';
}

/**
 * How reflow should treat each format: HTML and markdown blocks are real
 * paragraphs; subtitle cues are body lines, never headlines.
 */
export function reflowOptionsFor(format: TextFormat): ReflowOptions {
  switch (format) {
    case 'text':
      return { layout: 'auto', headlines: 'auto' };
    case 'markdown':
    case 'html':
      return { layout: 'lines', headlines: 'marked' };
    case 'srt':
    case 'vtt':
      return { layout: 'lines', headlines: 'marked', furniture: false };
  }
}
