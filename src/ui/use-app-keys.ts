/** Key bindings → reducer actions. Thin on purpose: the behaviour lives in app-state.ts. */
import { useInput, type Key } from 'ink';
import type { Action } from './app-state.js';

export function keyToAction(input: string, key: Key, pageSize: number): Action | null {
  if (input === 'q' || key.escape || (key.ctrl && input === 'c')) return { type: 'quit' };
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
  if (key.pageUp) return { type: 'move', delta: -pageSize };
  if (key.pageDown || input === ' ') return { type: 'move', delta: pageSize };
  if (key.home || input === 'g') return { type: 'jump', to: 'start' };
  if (key.end || input === 'G') return { type: 'jump', to: 'end' };
  if (key.tab && key.shift) return { type: 'view', step: -1 };
  if (key.tab || key.rightArrow) return { type: 'view', step: 1 };
  if (key.leftArrow) return { type: 'view', step: -1 };
  if (input === '1') return { type: 'select-view', view: 'words' };
  if (input === '2') return { type: 'select-view', view: 'sentences' };
  if (input === '3') return { type: 'select-view', view: 'stats' };
  if (input === '+' || input === '=') return { type: 'level', delta: 1 };
  if (input === '-' || input === '_') return { type: 'level', delta: -1 };
  if (input === 'a') return { type: 'toggle-all' };
  return null;
}

export function useAppKeys(dispatch: (a: Action) => void, pageSize: number): void {
  useInput((input, key) => {
    const action = keyToAction(input, key, pageSize);
    if (action) dispatch(action);
  });
}
