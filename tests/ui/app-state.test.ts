import { describe, expect, it } from 'vitest';
import { currentScreen, initialState, reduce, removedWords, windowStart, type Action, type AppState } from '../../src/ui/app-state.js';

const run = (s: AppState, ...actions: Action[]) => actions.reduce(reduce, s);
const words = initialState({ level: 3, sort: 'useful', stack: ['library', 'words'] });

describe('app state', () => {
  it('moves within the list and stops at its ends', () => {
    expect(run(words, { type: 'move', delta: -1, size: 10 }).cursor.words).toBe(0);
    expect(run(words, { type: 'move', delta: 3, size: 10 }, { type: 'move', delta: 1, size: 10 }).cursor.words).toBe(4);
    expect(run(words, { type: 'move', delta: 50, size: 10 }).cursor.words).toBe(9);
    expect(run(words, { type: 'jump', to: 'end', size: 10 }).cursor.words).toBe(9);
    expect(run(words, { type: 'jump', to: 'end', size: 10 }, { type: 'jump', to: 'start', size: 10 }).cursor.words).toBe(0);
    // A list that shrank under the cursor pulls it back in.
    expect(run(words, { type: 'move', delta: 8, size: 10 }, { type: 'move', delta: 0, size: 3 }).cursor.words).toBe(2);
  });

  it('tabs replace each other, help lies on top, q goes back to the Library and then quits', () => {
    const s = run(words, { type: 'go', screen: 'reading' }, { type: 'go', screen: 'export' });
    expect(s.stack).toEqual(['library', 'export']);
    const help = run(s, { type: 'go', screen: 'help' });
    expect(help.stack).toEqual(['library', 'export', 'help']);
    const home = run(help, { type: 'back' }, { type: 'back' });
    expect(currentScreen(home)).toBe('library');
    expect(run(home, { type: 'back' }).quitting).toBe(true);
    expect(run(s, { type: 'go', screen: 'library' }).stack).toEqual(['library']);
  });

  it('each screen keeps its own cursor', () => {
    const s = run(words, { type: 'move', delta: 2, size: 10 }, { type: 'go', screen: 'sentences' }, { type: 'move', delta: 9, size: 4 }, { type: 'go', screen: 'words' });
    expect(s.cursor.words).toBe(2);
    expect(s.cursor.sentences).toBe(3);
  });

  it('Space leaves a word out and puts it back; the selection is then curated', () => {
    const out = run(words, { type: 'toggle-word', word: '调研' });
    expect(out.excluded.has('调研')).toBe(true);
    expect(out.dirty).toBe(true);
    expect(run(out, { type: 'toggle-word', word: '调研' }).excluded.size).toBe(0);
  });

  it('known and ignored words leave the list; u undoes the last mark first', () => {
    const s = run(words, { type: 'mark', word: '调研', as: 'known' }, { type: 'mark', word: '载体', as: 'ignored' });
    expect([...removedWords(s)]).toEqual(['调研', '载体']);
    expect(s.removed.at(-1)).toEqual({ word: '载体', as: 'ignored' });
    const undone = run(s, { type: 'undo' });
    expect([...removedWords(undone)]).toEqual(['调研']);
    expect([...removedWords(run(undone, { type: 'undo' }, { type: 'undo' }))]).toEqual([]);
    // Marking the same word twice is one mark.
    expect(run(s, { type: 'mark', word: '调研', as: 'ignored' }).removed).toHaveLength(2);
  });

  it('quitting with a curated, unexported selection asks first', () => {
    const curated = run(words, { type: 'toggle-word', word: '调研' });
    const asking = run(curated, { type: 'quit' });
    expect(asking.confirmQuit).toBe(true);
    expect(asking.quitting).toBe(false);
    expect(run(asking, { type: 'confirm', yes: false })).toMatchObject({ confirmQuit: false, quitting: false });
    expect(run(asking, { type: 'confirm', yes: true }).quitting).toBe(true);
    expect(run(curated, { type: 'exported' }, { type: 'quit' }).quitting).toBe(true);
    expect(run(words, { type: 'quit' }).quitting).toBe(true);
  });

  it('the filter takes typed text, erases by character and resets the cursor', () => {
    const s = run(words, { type: 'move', delta: 4, size: 10 }, { type: 'edit', field: 'filter' }, { type: 'type', text: 'diao' }, { type: 'type', text: 'y' }, { type: 'erase' });
    expect(s.text.filter).toBe('diao');
    expect(s.cursor.words).toBe(0);
    expect(run(s, { type: 'edit', field: null }, { type: 'type', text: 'x' }).text.filter).toBe('diao');
  });

  it('sort cycles through every order; a level change resets the word cursors', () => {
    const sorts = [1, 2, 3, 4].map((n) => run(words, ...Array<Action>(n).fill({ type: 'sort' })).sort);
    expect(sorts).toEqual(['article', 'level', 'order', 'useful']);
    const s = run(words, { type: 'move', delta: 5, size: 10 }, { type: 'level', level: 5 });
    expect(s).toMatchObject({ level: 5, cursor: { words: 0, level: 4 } });
  });

  it('card kinds toggle but never all off', () => {
    const s = run(words, { type: 'toggle-card', kind: 'listening' }, { type: 'toggle-card', kind: 'recognition' });
    expect(s.cards).toEqual(['production', 'listening']);
    expect(run(s, { type: 'toggle-card', kind: 'production' }, { type: 'toggle-card', kind: 'listening' }).cards).toEqual(['listening']);
  });

  it('scroll window keeps the cursor visible', () => {
    expect(windowStart(0, 100, 10)).toBe(0);
    expect(windowStart(50, 100, 10)).toBe(45);
    expect(windowStart(99, 100, 10)).toBe(90);
    expect(windowStart(5, 8, 10)).toBe(0);
  });
});

describe('mark all as one batch', () => {
  it('a batch skips words already off the list, and undo takes back the batch whole but not earlier marks', () => {
    let s = initialState({ level: 3, sort: 'useful', stack: ['words'] });
    s = reduce(s, { type: 'mark', word: '茶叶', as: 'ignored' });
    s = reduce(s, { type: 'ask-mark-all', count: 2 });
    expect(s.confirmMarkAll).toBe(2);
    s = reduce(s, { type: 'mark-all', words: ['茶叶', '市场', '价格'], batch: 1 });
    expect(s.confirmMarkAll).toBeNull();
    expect(s.removed).toEqual([{ word: '茶叶', as: 'ignored' }, { word: '市场', as: 'known', batch: 1 }, { word: '价格', as: 'known', batch: 1 }]);
    s = reduce(s, { type: 'undo' });
    expect(s.removed).toEqual([{ word: '茶叶', as: 'ignored' }]);
  });
});
