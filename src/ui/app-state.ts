/**
 * The app's interactive state as a pure reducer: screens as a stack, cursors, the learner's
 * curation (words left out, words marked known or ignored, sentences included), text fields.
 * Side effects (database, analysis, export) are the App's; it reads the actions it dispatched.
 */
import { CARD_KINDS, DEFAULT_CARD_KINDS, type CardKind } from '../cards/index.js';
import type { SortOrder } from '../domain/types.js';
import { SORT_ORDERS } from '../select/index.js';

export type Screen = 'library' | 'level' | 'words' | 'reading' | 'sentences' | 'export' | 'help';
/** Screens with a cursor. */
export type ListName = Exclude<Screen, 'help'>;
/** The screens of one open article, reached with 1–5. */
export const TABS: readonly Screen[] = ['words', 'reading', 'sentences', 'level', 'export'];
export type TextField = 'filter' | 'path' | 'deck' | 'out';
export type MarkKind = 'known' | 'ignored';

export interface AppState {
  /** Screens opened, the current one last; `q`/Esc pops. */
  stack: Screen[];
  cursor: Record<ListName, number>;
  level: number;
  sort: SortOrder;
  /** Hard words the learner left out of the export (all are in by default). */
  excluded: ReadonlySet<string>;
  /** Study sentences (sentence indexes) to export as sentence cards. */
  sentences: ReadonlySet<number>;
  /** Words marked known or ignored, newest last: off the list at once; `u` undoes the last. */
  removed: ReadonlyArray<{ word: string; as: MarkKind; batch?: number }>;
  /** "Mark all N remaining words known?" is on screen, with N. */
  confirmMarkAll: number | null;
  /** Library rows marked to open together. */
  marked: ReadonlySet<string>;
  text: Record<TextField, string>;
  /** Export: the card kinds of word notes, and whether chosen sentences become sentence cards. */
  cards: readonly CardKind[];
  sentenceCards: boolean;
  /** The text field keys go to, or null. */
  editing: TextField | null;
  detail: boolean;
  /** Curated since the last export: quitting asks first. */
  dirty: boolean;
  confirmQuit: boolean;
  quitting: boolean;
}

export type Action =
  | { type: 'move'; delta: number; size: number }
  | { type: 'jump'; to: 'start' | 'end'; size: number }
  | { type: 'go'; screen: Screen }
  | { type: 'back' }
  | { type: 'level'; level: number }
  | { type: 'toggle-word'; word: string }
  | { type: 'mark'; word: string; as: MarkKind }
  | { type: 'mark-all'; words: readonly string[]; batch: number }
  | { type: 'ask-mark-all'; count: number | null }
  | { type: 'undo' }
  | { type: 'toggle-sentence'; index: number }
  | { type: 'toggle-marked'; path: string }
  | { type: 'sort' }
  | { type: 'detail' }
  | { type: 'edit'; field: TextField | null }
  | { type: 'type'; text: string }
  | { type: 'set-text'; field: TextField; value: string }
  | { type: 'erase' }
  | { type: 'toggle-card'; kind: CardKind }
  | { type: 'toggle-sentence-cards' }
  | { type: 'exported' }
  | { type: 'opened' }
  | { type: 'quit' }
  | { type: 'confirm'; yes: boolean };

/** `stack`: the screens open at start, the current one last (e.g. Library under Words). */
export function initialState(opts: { level: number; sort: SortOrder; stack: Screen[]; cards?: readonly CardKind[] }): AppState {
  return {
    stack: opts.stack.length ? [...opts.stack] : ['library'],
    cursor: { library: 0, level: opts.level - 1, words: 0, reading: 0, sentences: 0, export: 0 },
    level: opts.level,
    sort: opts.sort,
    excluded: new Set(),
    sentences: new Set(),
    removed: [],
    marked: new Set(),
    text: { filter: '', path: '', deck: '', out: '' },
    cards: opts.cards ?? DEFAULT_CARD_KINDS,
    sentenceCards: true,
    editing: null,
    detail: false,
    dirty: false,
    confirmQuit: false,
    confirmMarkAll: null,
    quitting: false,
  };
}

export const currentScreen = (s: AppState): Screen => s.stack.at(-1)!;
const clamp = (n: number, size: number) => Math.max(0, Math.min(n, size - 1));
const toggled = <T>(set: ReadonlySet<T>, item: T): Set<T> => {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
};

function withCursor(s: AppState, value: number): AppState {
  const screen = currentScreen(s);
  if (screen === 'help') return s;
  return { ...s, cursor: { ...s.cursor, [screen]: value } };
}

export function reduce(s: AppState, a: Action): AppState {
  switch (a.type) {
    case 'move': {
      const screen = currentScreen(s);
      return screen === 'help' ? s : withCursor(s, clamp(s.cursor[screen] + a.delta, a.size));
    }
    case 'jump':
      return withCursor(s, a.to === 'start' ? 0 : Math.max(0, a.size - 1));
    case 'go': {
      // The tabs are siblings: one replaces another. The Library is home; help lies on top.
      const top = currentScreen(s);
      const stack =
        a.screen === 'library' ? ['library' as const] : TABS.includes(top) && TABS.includes(a.screen) ? [...s.stack.slice(0, -1), a.screen] : top === a.screen ? s.stack : [...s.stack, a.screen];
      return { ...s, stack, detail: false, editing: null };
    }
    case 'back':
      if (s.detail) return { ...s, detail: false };
      if (s.stack.length > 1) return { ...s, stack: s.stack.slice(0, -1), editing: null };
      return reduce(s, { type: 'quit' });
    case 'level':
      return a.level === s.level ? s : { ...s, level: a.level, cursor: { ...s.cursor, level: a.level - 1, words: 0, reading: 0, sentences: 0 }, sentences: new Set() };
    case 'toggle-word':
      return { ...s, excluded: toggled(s.excluded, a.word), dirty: true };
    case 'mark':
      if (s.removed.some((r) => r.word === a.word)) return s;
      return { ...s, removed: [...s.removed, { word: a.word, as: a.as }], dirty: true };
    case 'mark-all': {
      const off = removedWords(s);
      const fresh = a.words.filter((w) => !off.has(w)).map((word) => ({ word, as: 'known' as const, batch: a.batch }));
      return { ...s, removed: [...s.removed, ...fresh], confirmMarkAll: null, dirty: true, cursor: { ...s.cursor, words: 0, reading: 0 } };
    }
    case 'ask-mark-all':
      return { ...s, confirmMarkAll: a.count };
    case 'undo': {
      // A batch (mark all) comes back whole, as it went.
      const last = s.removed.at(-1);
      if (!last) return s;
      const keep = last.batch === undefined ? s.removed.slice(0, -1) : s.removed.filter((r) => r.batch !== last.batch);
      return { ...s, removed: keep };
    }
    case 'toggle-sentence':
      return { ...s, sentences: toggled(s.sentences, a.index), dirty: true };
    case 'toggle-marked':
      return { ...s, marked: toggled(s.marked, a.path) };
    case 'sort':
      return { ...s, sort: SORT_ORDERS[(SORT_ORDERS.indexOf(s.sort) + 1) % SORT_ORDERS.length]!, cursor: { ...s.cursor, words: 0 } };
    case 'detail':
      return { ...s, detail: !s.detail };
    case 'edit':
      return { ...s, editing: a.field };
    case 'type':
      return s.editing ? { ...s, text: { ...s.text, [s.editing]: s.text[s.editing] + a.text }, cursor: s.editing === 'filter' ? { ...s.cursor, words: 0 } : s.cursor } : s;
    case 'set-text':
      return { ...s, text: { ...s.text, [a.field]: a.value } };
    case 'erase':
      return s.editing ? { ...s, text: { ...s.text, [s.editing]: [...s.text[s.editing]].slice(0, -1).join('') } } : s;
    case 'toggle-card': {
      const on = s.cards.includes(a.kind) ? s.cards.filter((k) => k !== a.kind) : [...s.cards, a.kind];
      // Keep the list's own order, and never none: an export needs at least one card kind.
      return on.length ? { ...s, cards: CARD_KINDS.filter((k) => on.includes(k)) } : s;
    }
    case 'toggle-sentence-cards':
      return { ...s, sentenceCards: !s.sentenceCards };
    case 'exported':
      return { ...s, dirty: false };
    case 'opened':
      return { ...s, excluded: new Set(), sentences: new Set(), removed: [], marked: new Set(), dirty: false, cursor: { ...s.cursor, words: 0, reading: 0, sentences: 0 } };
    case 'quit':
      return s.dirty ? { ...s, confirmQuit: true } : { ...s, quitting: true };
    case 'confirm':
      return a.yes ? { ...s, confirmQuit: false, quitting: true } : { ...s, confirmQuit: false };
  }
}

/** Words currently off the list (marked known or ignored in this session). */
export function removedWords(s: AppState): Set<string> {
  return new Set(s.removed.map((r) => r.word));
}

/** First row of a scrolling window of `height` rows that keeps `cursor` visible, centred when possible. */
export function windowStart(cursor: number, size: number, height: number): number {
  if (size <= height) return 0;
  return Math.max(0, Math.min(cursor - Math.floor(height / 2), size - height));
}
