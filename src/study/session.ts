/**
 * The review session as a pure reducer (front → back → graded → next card). Each step returns
 * the new state and the effects the caller must persist before dispatching the next action, so
 * an answer is committed before the next card is shown. Every time is passed in an action.
 */
import { checkPinyin, type DrillResult } from './pinyin-drill.js';
import type { DailyQueue } from './queue.js';
import type { Scheduler } from './scheduler.js';
import type { GradeName, ReviewLogRecord, StudyCard } from './types.js';

export type SessionPhase = 'front' | 'back' | 'graded' | 'done';

export interface UndoEntry {
  action: 'answer' | 'suspend' | 'markKnown';
  /** The card on screen when the action was taken, exactly as it was. */
  card: StudyCard;
  main: readonly StudyCard[];
  learning: readonly StudyCard[];
  answered: number;
  logId?: string;
}

export interface SessionState {
  phase: SessionPhase;
  /** The card on screen (after grading: its new state); null when done. */
  current: StudyCard | null;
  /** Upcoming reviews and new cards, in order. */
  main: readonly StudyCard[];
  /** (Re)learning cards waiting for their step to come due, earliest first. */
  learning: readonly StudyCard[];
  dayEnd: number;
  /** When nothing else is left, learning cards due this soon are shown early (Anki: 20 min). */
  learnAheadMs: number;
  showDetails: boolean;
  /** The pinyin drill's verdict on what was typed for the current card. */
  drill: DrillResult | null;
  lastAnswer: ReviewLogRecord | null;
  answered: number;
  /** When done while learning cards are still due later today: when the first is due. */
  comeBackAt: number | null;
  undoStack: readonly UndoEntry[];
}

export type SessionAction =
  | { type: 'reveal' }
  /** Pinyin drill: grade what was typed against the CC-CEDICT reading, then reveal. */
  | { type: 'check'; input: string; expected: string }
  | { type: 'grade'; grade: GradeName; now: number }
  | { type: 'next'; now: number }
  | { type: 'undo' }
  | { type: 'suspend'; now: number }
  | { type: 'markKnown'; now: number }
  | { type: 'toggleDetails' };

export type SessionEffect =
  | { type: 'saveReview'; card: StudyCard; log: ReviewLogRecord }
  /** Delete review `logId` and write `card` back as it was before it. */
  | { type: 'undoReview'; logId: string; card: StudyCard }
  | { type: 'suspend'; cardId: string }
  | { type: 'unsuspend'; cardId: string }
  | { type: 'markKnown'; word: string }
  | { type: 'unmarkKnown'; word: string };

export interface SessionStep {
  state: SessionState;
  effects: SessionEffect[];
}

export const LEARN_AHEAD_MS = 20 * 60_000;

function insertByDue(list: readonly StudyCard[], card: StudyCard): StudyCard[] {
  const at = list.findIndex((c) => c.schedule.due > card.schedule.due);
  return at < 0 ? [...list, card] : [...list.slice(0, at), card, ...list.slice(at)];
}

/** Learning cards already due, then the main queue, then learning cards due within learn-ahead. */
function showNext(s: SessionState, now: number): SessionState {
  const blank = { ...s, showDetails: false, drill: null, lastAnswer: null, comeBackAt: null };
  const first = s.learning[0];
  if (first && first.schedule.due <= now) return { ...blank, phase: 'front', current: first, learning: s.learning.slice(1) };
  if (s.main[0]) return { ...blank, phase: 'front', current: s.main[0], main: s.main.slice(1) };
  if (first && first.schedule.due <= now + s.learnAheadMs) return { ...blank, phase: 'front', current: first, learning: s.learning.slice(1) };
  return { ...blank, phase: 'done', current: null, comeBackAt: first && first.schedule.due < s.dayEnd ? first.schedule.due : null };
}

export function startSession(queue: DailyQueue, now: number, options: { learnAheadMs?: number } = {}): SessionState {
  const empty: SessionState = {
    phase: 'done',
    current: null,
    main: queue.main,
    learning: queue.learning,
    dayEnd: queue.day.end,
    learnAheadMs: options.learnAheadMs ?? LEARN_AHEAD_MS,
    showDetails: false,
    drill: null,
    lastAnswer: null,
    answered: 0,
    comeBackAt: null,
    undoStack: [],
  };
  return showNext(empty, now);
}

function snapshot(s: SessionState, card: StudyCard, action: UndoEntry['action'], logId?: string): UndoEntry {
  return { action, card, main: s.main, learning: s.learning, answered: s.answered, ...(logId && { logId }) };
}

const same = (s: SessionState): SessionStep => ({ state: s, effects: [] });

export function reduceSession(s: SessionState, action: SessionAction, scheduler: Scheduler): SessionStep {
  const card = s.current;
  const onCard = card !== null && (s.phase === 'front' || s.phase === 'back');
  switch (action.type) {
    case 'reveal':
      return s.phase === 'front' ? same({ ...s, phase: 'back' }) : same(s);
    case 'check':
      if (s.phase !== 'front') return same(s);
      return same({ ...s, phase: 'back', drill: checkPinyin(action.input, action.expected) });
    case 'toggleDetails':
      return same({ ...s, showDetails: !s.showDetails });
    case 'grade': {
      if (s.phase !== 'back' || !card) return same(s);
      const { card: next, log } = scheduler.answer(card, action.grade, action.now);
      const relearn = next.schedule.state === 'learning' || next.schedule.state === 'relearning';
      const state: SessionState = {
        ...s,
        phase: 'graded',
        current: next,
        learning: relearn && next.schedule.due < s.dayEnd ? insertByDue(s.learning, next) : s.learning,
        lastAnswer: log,
        answered: s.answered + 1,
        undoStack: [...s.undoStack, snapshot(s, card, 'answer', log.id)],
      };
      return { state, effects: [{ type: 'saveReview', card: next, log }] };
    }
    case 'next':
      return s.phase === 'graded' || s.phase === 'done' ? same(showNext(s, action.now)) : same(s);
    case 'suspend': {
      if (!onCard) return same(s);
      const state = { ...s, undoStack: [...s.undoStack, snapshot(s, card, 'suspend')] };
      return { state: showNext(state, action.now), effects: [{ type: 'suspend', cardId: card.id }] };
    }
    case 'markKnown': {
      if (!onCard) return same(s);
      const keep = (c: StudyCard) => c.word !== card.word;
      const state = {
        ...s,
        main: s.main.filter(keep),
        learning: s.learning.filter(keep),
        undoStack: [...s.undoStack, snapshot(s, card, 'markKnown')],
      };
      return { state: showNext(state, action.now), effects: [{ type: 'markKnown', word: card.word }] };
    }
    case 'undo':
      return undoLast(s);
  }
}

/** Puts back the card, the queues and the count exactly as they were before the last action. */
function undoLast(s: SessionState): SessionStep {
  const entry = s.undoStack[s.undoStack.length - 1];
  if (!entry) return same(s);
  const state: SessionState = {
    ...s,
    phase: 'front',
    current: entry.card,
    main: entry.main,
    learning: entry.learning,
    answered: entry.answered,
    showDetails: false,
    drill: null,
    lastAnswer: null,
    comeBackAt: null,
    undoStack: s.undoStack.slice(0, -1),
  };
  const effect: SessionEffect =
    entry.action === 'answer'
      ? { type: 'undoReview', logId: entry.logId!, card: entry.card }
      : entry.action === 'suspend'
        ? { type: 'unsuspend', cardId: entry.card.id }
        : { type: 'unmarkKnown', word: entry.card.word };
  return { state, effects: [effect] };
}

/** Cards left in this session by kind of work, for the "12 · 3 · 40" line above the card. */
export function remaining(s: SessionState): { new: number; learning: number; review: number } {
  const out = { new: 0, learning: s.learning.length, review: 0 };
  const pending = s.phase === 'front' || s.phase === 'back' ? [s.current!, ...s.main] : s.main;
  for (const c of pending) {
    if (c.schedule.state === 'new') out.new++;
    else if (c.schedule.state === 'review') out.review++;
    else out.learning++;
  }
  return out;
}
