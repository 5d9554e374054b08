/**
 * Ink hands a burst of typed letters (`jjj` pressed fast, or pasted) to useInput as one
 * string; the app needs each key. Special keys (arrows, Enter…) already arrive one by one.
 */
import type { Key } from 'ink';

export interface KeyPress {
  input: string;
  key: Partial<Key>;
}

/** One press per character of a plain burst; anything with a modifier or special key as is. */
export function splitKeyPresses(input: string, key: Partial<Key>): KeyPress[] {
  const special = key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete;
  const chars = [...input];
  if (special || chars.length <= 1) return [{ input, key }];
  // Enter and Tab inside a burst are real keys, not text.
  return chars.map((c) => (c === '\r' || c === '\n' ? { input: '', key: { return: true } } : c === '\t' ? { input: '', key: { tab: true } } : { input: c, key: {} }));
}
