/** The app's interactive state as a pure reducer: keys become actions, actions a new state. */
import { clampLevel } from '../levels/index.js';

export type View = 'words' | 'sentences' | 'stats';
export const VIEWS: readonly View[] = ['words', 'sentences', 'stats'];

export interface AppState {
  view: View;
  /** Cursor per list view. */
  cursor: Record<'words' | 'sentences', number>;
  /** Lengths of the lists the cursors move in. */
  sizes: Record<'words' | 'sentences', number>;
  level: number;
  /** Show every content word, not only the hard ones. */
  allWords: boolean;
  quitting: boolean;
}

export type Action =
  | { type: 'move'; delta: number }
  | { type: 'jump'; to: 'start' | 'end' }
  | { type: 'view'; step: 1 | -1 }
  | { type: 'select-view'; view: View }
  | { type: 'level'; delta: 1 | -1 }
  | { type: 'toggle-all' }
  | { type: 'resized'; words: number; sentences: number }
  | { type: 'quit' };

export function initialState(level: number): AppState {
  return { view: 'words', cursor: { words: 0, sentences: 0 }, sizes: { words: 0, sentences: 0 }, level, allWords: false, quitting: false };
}

const clamp = (n: number, size: number) => Math.max(0, Math.min(n, size - 1));

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'move':
    case 'jump': {
      if (state.view === 'stats') return state;
      const list = state.view;
      const size = state.sizes[list];
      const next = action.type === 'move' ? state.cursor[list] + action.delta : action.to === 'start' ? 0 : size - 1;
      return { ...state, cursor: { ...state.cursor, [list]: clamp(next, size) } };
    }
    case 'view': {
      const i = VIEWS.indexOf(state.view);
      return { ...state, view: VIEWS[(i + action.step + VIEWS.length) % VIEWS.length]! };
    }
    case 'select-view':
      return { ...state, view: action.view };
    case 'level': {
      const level = clampLevel(state.level + action.delta);
      return level === state.level ? state : { ...state, level, cursor: { words: 0, sentences: 0 } };
    }
    case 'toggle-all':
      return { ...state, allWords: !state.allWords, cursor: { ...state.cursor, words: 0 } };
    case 'resized': {
      const sizes = { words: action.words, sentences: action.sentences };
      return { ...state, sizes, cursor: { words: clamp(state.cursor.words, sizes.words), sentences: clamp(state.cursor.sentences, sizes.sentences) } };
    }
    case 'quit':
      return { ...state, quitting: true };
  }
}

/** First row of a scrolling window of `height` rows that keeps `cursor` visible, centred when possible. */
export function windowStart(cursor: number, size: number, height: number): number {
  if (size <= height) return 0;
  return Math.max(0, Math.min(cursor - Math.floor(height / 2), size - height));
}
