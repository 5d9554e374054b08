/** HTML → one line per block, headings marked with `# `. */

import { Parser } from 'htmlparser2';
import { isWide } from './chars.js';

/** Never article text: code, metadata, ruby annotations (pinyin), site navigation. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'select', 'button', 'textarea', 'rt', 'rp', 'nav',
]);

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption',
  'figure', 'figcaption', 'address', 'details', 'summary', 'form', 'fieldset', 'legend', 'center',
  'hr', 'body', 'html', 'hgroup', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'option',
]);
const CELL = new Set(['td', 'th']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface State {
  lines: string[];
  current: string;
  heading: boolean;
  skipDepth: number;
  preDepth: number;
}

/**
 * Whitespace from source formatting: a run with a line break between two
 * Chinese characters disappears (as browsers render it), otherwise it is one space.
 */
function collapse(text: string): string {
  return text
    .replace(/[\s\u00a0]+/gu, (run, offset: number, whole: string) => {
      const before = whole[offset - 1];
      const after = whole[offset + run.length];
      if (before === undefined || after === undefined) return '';
      return /\n/u.test(run) && isWide(before) && isWide(after) ? '' : ' ';
    })
    .trim();
}

function endLine(s: State): void {
  const text = s.preDepth > 0 ? s.current : collapse(s.current);
  for (const line of text.split(/\n/u)) {
    const clean = s.preDepth > 0 ? line.trim() : line;
    if (clean !== '') s.lines.push(s.heading ? `# ${clean}` : escapeMark(clean));
  }
  s.current = '';
}

/** Text that happens to start with `#` must not be read as a heading mark. */
function escapeMark(line: string): string {
  return /^#{1,6}\s/u.test(line) ? `\\${line}` : line;
}

export function htmlToText(html: string): string {
  const s: State = { lines: [], current: '', heading: false, skipDepth: 0, preDepth: 0 };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) s.skipDepth++;
        if (s.skipDepth > 0) return;
        if (name === 'br') {
          if (s.preDepth > 0) s.current += '\n';
          else endLine(s);
        } else if (BLOCK.has(name)) {
          endLine(s);
          if (HEADINGS.has(name)) s.heading = true;
          if (name === 'pre') s.preDepth++;
        } else if (CELL.has(name)) {
          s.current += ' ';
        }
      },
      ontext(text) {
        if (s.skipDepth === 0) s.current += text;
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          s.skipDepth = Math.max(0, s.skipDepth - 1);
          return;
        }
        if (s.skipDepth > 0 || !BLOCK.has(name)) return;
        endLine(s);
        if (HEADINGS.has(name)) s.heading = false;
        if (name === 'pre') s.preDepth = Math.max(0, s.preDepth - 1);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endLine(s);
  return s.lines.join('\n');
}
