import { describe, expect, it } from 'vitest';
import { initialState, reduce, windowStart, type Action, type AppState } from '../../src/ui/app-state.js';

const run = (s: AppState, ...actions: Action[]) => actions.reduce(reduce, s);
const loaded = run(initialState(3), { type: 'resized', words: 10, sentences: 4 });

describe('app state', () => {
  it('moves within the list and stops at its ends', () => {
    expect(run(loaded, { type: 'move', delta: -1 }).cursor.words).toBe(0);
    expect(run(loaded, { type: 'move', delta: 3 }, { type: 'move', delta: 1 }).cursor.words).toBe(4);
    expect(run(loaded, { type: 'move', delta: 50 }).cursor.words).toBe(9);
    expect(run(loaded, { type: 'jump', to: 'end' }, { type: 'jump', to: 'start' }).cursor.words).toBe(0);
  });
  it('each list view keeps its own cursor; stats has none', () => {
    const s = run(loaded, { type: 'move', delta: 2 }, { type: 'view', step: 1 }, { type: 'move', delta: 9 });
    expect(s.view).toBe('sentences');
    expect(s.cursor).toEqual({ words: 2, sentences: 3 });
    const stats = run(s, { type: 'view', step: 1 });
    expect(run(stats, { type: 'move', delta: 1 })).toBe(stats);
    expect(run(stats, { type: 'view', step: 1 }).view).toBe('words');
    expect(run(loaded, { type: 'view', step: -1 }).view).toBe('stats');
  });
  it('level stays within HSK 1–6 and resets the cursors', () => {
    const s = run(loaded, { type: 'move', delta: 5 }, { type: 'level', delta: 1 });
    expect(s.level).toBe(4);
    expect(s.cursor.words).toBe(0);
    const top = run(initialState(6), { type: 'level', delta: 1 });
    expect(top.level).toBe(6);
    expect(run(initialState(1), { type: 'level', delta: -1 }).level).toBe(1);
  });
  it('shrinking lists pull the cursor back in range', () => {
    const s = run(loaded, { type: 'move', delta: 8 }, { type: 'resized', words: 3, sentences: 0 });
    expect(s.cursor).toEqual({ words: 2, sentences: 0 });
  });
  it('quit and toggle', () => {
    expect(run(loaded, { type: 'quit' }).quitting).toBe(true);
    expect(run(loaded, { type: 'toggle-all' }).allWords).toBe(true);
  });
  it('scroll window keeps the cursor visible', () => {
    expect(windowStart(0, 100, 10)).toBe(0);
    expect(windowStart(50, 100, 10)).toBe(45);
    expect(windowStart(99, 100, 10)).toBe(90);
    expect(windowStart(5, 8, 10)).toBe(0);
  });
});
