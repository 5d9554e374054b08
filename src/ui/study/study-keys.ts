/** Keys of the review screen → intents. Pure, so the bindings are tested without a terminal. */
import type { Key } from 'ink';
import type { GradeName } from '../../study/index.js';
import { GRADES } from '../../study/index.js';

export type StudyIntent =
  | { type: 'reveal' }
  | { type: 'grade'; grade: GradeName }
  /** Pinyin drill back side: take the suggested grade. */
  | { type: 'confirm' }
  | { type: 'undo' }
  | { type: 'details' }
  | { type: 'suspend' }
  | { type: 'markKnown' }
  | { type: 'stats' }
  | { type: 'quit' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'check' };

export type KeyMode = 'front' | 'typing' | 'back' | 'drillBack' | 'done' | 'stats';

export function studyKey(input: string, key: Key, mode: KeyMode): StudyIntent | null {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (mode === 'typing') {
    // While typing a reading, letters are the answer: only Enter, Backspace and Esc act.
    if (key.return) return { type: 'check' };
    if (key.backspace || key.delete) return { type: 'erase' };
    if (key.escape) return { type: 'quit' };
    return input && !key.ctrl && !key.meta ? { type: 'type', text: input } : null;
  }
  if (input === 'q' || key.escape) return mode === 'stats' ? { type: 'stats' } : { type: 'quit' };
  if (input === 't') return { type: 'stats' };
  if (mode === 'stats') return null;
  if (input === 'u') return { type: 'undo' };
  if (mode === 'done') return null;
  if (input === 'e') return { type: 'details' };
  if (input === 's') return { type: 'suspend' };
  if (input === 'm') return { type: 'markKnown' };
  if (mode === 'front') return input === ' ' || key.return ? { type: 'reveal' } : null;
  const n = Number(input);
  if (Number.isInteger(n) && n >= 1 && n <= 4) return { type: 'grade', grade: GRADES[n - 1]! };
  if (mode === 'drillBack' && (key.return || input === ' ')) return { type: 'confirm' };
  return null;
}
