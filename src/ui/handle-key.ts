/** One key press → reducer actions and controller effects, by screen. Text fields take keys first. */
import { completePath } from '../paths/index.js';
import { currentScreen, type Screen } from './app-state.js';
import { EXPORT_ROWS } from './ExportScreen.js';
import type { KeyPress } from './key-presses.js';
import type { LibraryRow } from './LibraryScreen.js';
import { readingOccurrences } from './ReadingScreen.js';
import type { Controller } from './use-controller.js';

export interface KeyContext {
  c: Controller;
  libraryRows: LibraryRow[];
  /** Rows a list shows per page. */
  page: number;
  width: number;
  cwd: string;
  setChoices: (choices: string[]) => void;
  runExport: () => void;
}

const SCREEN_KEYS: Record<string, Screen> = { '0': 'library', '1': 'words', '2': 'reading', '3': 'sentences', '4': 'level', '5': 'export' };

function moveDelta({ input, key }: KeyPress, page: number): number | 'start' | 'end' | null {
  if (key.upArrow || input === 'k') return -1;
  if (key.downArrow || input === 'j') return 1;
  if (key.pageUp) return -page;
  if (key.pageDown) return page;
  if (key.home || input === 'g') return 'start';
  if (key.end || input === 'G') return 'end';
  return null;
}

function editText(press: KeyPress, ctx: KeyContext): void {
  const { c } = ctx;
  const s = c.ref.current;
  const { input, key } = press;
  if (key.return) {
    c.dispatch({ type: 'edit', field: null });
    if (s.editing === 'path' && s.text.path.trim()) c.open([s.text.path.trim()]);
  } else if (key.escape) {
    if (s.editing === 'filter' || s.editing === 'path') c.dispatch({ type: 'set-text', field: s.editing, value: '' });
    c.dispatch({ type: 'edit', field: null });
    ctx.setChoices([]);
  } else if (key.backspace || key.delete) c.dispatch({ type: 'erase' });
  else if (key.tab && s.editing === 'path') {
    const done = completePath(s.text.path, ctx.cwd);
    c.dispatch({ type: 'set-text', field: 'path', value: done.text });
    ctx.setChoices(done.choices);
  } else if (input && !key.ctrl && !key.meta && !key.upArrow && !key.downArrow) c.dispatch({ type: 'type', text: input });
}

export function handleKey(press: KeyPress, ctx: KeyContext): void {
  const { c } = ctx;
  const s = c.ref.current;
  const { input, key } = press;
  if (s.confirmQuit) {
    if (input === 'y' || (key.ctrl && input === 'c')) c.dispatch({ type: 'confirm', yes: true });
    else if (input === 'n' || key.escape) c.dispatch({ type: 'confirm', yes: false });
    return;
  }
  if (s.confirmMarkAll !== null) {
    if (input === 'y') c.markAll();
    else c.dispatch({ type: 'ask-mark-all', count: null });
    return;
  }
  if (key.ctrl && input === 'c') return void c.dispatch({ type: 'quit' });
  if (s.editing) return editText(press, ctx);
  if (input === '?') return void c.dispatch({ type: 'go', screen: 'help' });
  if (input === 'q' || key.escape) return void c.dispatch({ type: 'back' });
  const target = SCREEN_KEYS[input];
  if (target) {
    if (target !== 'library' && !c.analysisNow()) return c.setMessage('open an article first');
    return void c.dispatch({ type: 'go', screen: target });
  }
  const screen = currentScreen(s);
  const a = c.analysisNow();
  const move = moveDelta(press, ctx.page);
  const size = listSize(screen, ctx);
  if (move !== null && screen !== 'help') {
    if (move === 'start' || move === 'end') c.dispatch({ type: 'jump', to: move, size });
    else if (screen === 'reading' && (key.pageUp || key.pageDown)) pageReading(move > 0 ? 1 : -1, ctx);
    else c.dispatch({ type: 'move', delta: move, size });
    return;
  }
  switch (screen) {
    case 'library': {
      const row = ctx.libraryRows[s.cursor.library];
      if (input === 'o' || input === '/') c.dispatch({ type: 'edit', field: 'path' });
      else if (input === ' ' && row) c.dispatch({ type: 'toggle-marked', path: row.path });
      else if (key.return && (s.marked.size || row)) c.open(s.marked.size ? [...s.marked] : [row!.path]);
      return;
    }
    case 'level':
      if (key.return) c.applyLevel(s.cursor.level + 1);
      else if (input === 'i') c.dispatch({ type: 'detail' });
      return;
    case 'words':
    case 'reading': {
      const word = screen === 'words' ? c.words()[s.cursor.words]?.word : readingOccurrences(a!, c.words(), ctx.width).occurrenceWord[s.cursor.reading];
      if (input === 'u') return c.undo();
      if (screen === 'words' && input === '/') return void c.dispatch({ type: 'edit', field: 'filter' });
      if (screen === 'words' && input === 's') return void c.dispatch({ type: 'sort' });
      if (screen === 'words' && input === 'K') {
        const count = c.candidates().length;
        return count ? void c.dispatch({ type: 'ask-mark-all', count }) : c.setMessage('no hard words left');
      }
      if (screen === 'words' && key.return) return void c.dispatch({ type: 'detail' });
      if (!word) return;
      if (input === ' ') c.dispatch({ type: 'toggle-word', word });
      else if (input === 'm' || input === 'x') {
        c.mark(word, input === 'm' ? 'known' : 'ignored');
        c.dispatch({ type: 'move', delta: 0, size: listSize(screen, ctx) });
      }
      return;
    }
    case 'sentences': {
      const study = a?.studySentences[s.cursor.sentences];
      if (input === ' ' && study) c.dispatch({ type: 'toggle-sentence', index: study.index });
      return;
    }
    case 'export': {
      const row = EXPORT_ROWS[s.cursor.export]!;
      if (input === 'e') return ctx.runExport();
      if (!(key.return || input === ' ')) return;
      if (row.kind === 'deck' || row.kind === 'out') c.dispatch({ type: 'edit', field: row.kind });
      else if (row.kind === 'card') c.dispatch({ type: 'toggle-card', kind: row.card });
      else if (row.kind === 'sentences') c.dispatch({ type: 'toggle-sentence-cards' });
      else ctx.runExport();
      return;
    }
    case 'help':
      return;
  }
}

function listSize(screen: Screen, ctx: KeyContext): number {
  const a = ctx.c.analysisNow();
  switch (screen) {
    case 'library':
      return ctx.libraryRows.length;
    case 'level':
      return ctx.c.scale().names.length;
    case 'words':
      return ctx.c.words().length;
    case 'reading':
      return a ? readingOccurrences(a, ctx.c.words(), ctx.width).occurrenceLine.length : 0;
    case 'sentences':
      return a?.studySentences.length ?? 0;
    case 'export':
      return EXPORT_ROWS.length;
    case 'help':
      return 0;
  }
}

/** PgUp/PgDn on the Reading screen: the first hard word of the previous or next page. */
function pageReading(step: 1 | -1, ctx: KeyContext): void {
  const { c } = ctx;
  const layout = readingOccurrences(c.analysisNow()!, c.words(), ctx.width);
  const rows = Math.max(1, ctx.page - 2);
  const page = Math.floor((layout.occurrenceLine[c.ref.current.cursor.reading] ?? 0) / rows) + step;
  const first = layout.occurrenceLine.findIndex((line) => Math.floor(line / rows) >= page);
  const to = step > 0 ? (first < 0 ? layout.occurrenceLine.length - 1 : first) : Math.max(0, layout.occurrenceLine.findIndex((line) => Math.floor(line / rows) >= Math.max(0, page)));
  c.dispatch({ type: 'move', delta: to - c.ref.current.cursor.reading, size: layout.occurrenceLine.length });
}
