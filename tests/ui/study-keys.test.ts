import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { studyKey } from '../../src/ui/study/study-keys.js';

const none = {} as Key;
const key = (k: Partial<Key>) => k as Key;

describe('review screen keys', () => {
  it('letters are the answer while typing a reading; commands act elsewhere', () => {
    expect(studyKey('q', none, 'typing')).toEqual({ type: 'type', text: 'q' });
    expect(studyKey('u', none, 'typing')).toEqual({ type: 'type', text: 'u' });
    expect(studyKey('', key({ return: true }), 'typing')).toEqual({ type: 'check' });
    expect(studyKey('', key({ escape: true }), 'typing')).toEqual({ type: 'quit' });
    expect(studyKey('q', none, 'front')).toEqual({ type: 'quit' });
    expect(studyKey('u', none, 'front')).toEqual({ type: 'undo' });
  });

  it('grades only on the back; Enter takes the drill suggestion; t and q leave the stats', () => {
    expect(studyKey('3', none, 'front')).toBeNull();
    expect(studyKey(' ', none, 'front')).toEqual({ type: 'reveal' });
    expect(studyKey('1', none, 'back')).toEqual({ type: 'grade', grade: 'again' });
    expect(studyKey('4', none, 'drillBack')).toEqual({ type: 'grade', grade: 'easy' });
    expect(studyKey('', key({ return: true }), 'back')).toBeNull();
    expect(studyKey('', key({ return: true }), 'drillBack')).toEqual({ type: 'confirm' });
    expect(studyKey('q', none, 'stats')).toEqual({ type: 'stats' });
    expect(studyKey('s', none, 'done')).toBeNull();
    expect(studyKey('u', none, 'done')).toEqual({ type: 'undo' });
  });
});
