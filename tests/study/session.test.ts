import { describe, expect, it, vi } from 'vitest';
import {
  buildDailyQueue,
  createScheduler,
  reduceSession,
  remaining,
  startSession,
  studyStats,
  type ReviewLogRecord,
  type SessionAction,
  type SessionEffect,
  type SessionState,
} from '../../src/study/index.js';
import { BEIJING, HOUR, MIN, NOW, card, review } from './helpers.js';

const scheduler = createScheduler({ fuzz: false });

function session(cards = [
  review('调研', NOW - HOUR),
  review('考察', NOW - 2 * HOUR),
  card('研究', {}, { createdAt: 1 }),
  card('研究', {}, { kind: 'production', createdAt: 1 }),
  card('分析', { state: 'learning', due: NOW - MIN, learningSteps: 1 }),
]): SessionState {
  // both cards of 研究 today, so "mark known" has two cards of one word to remove
  return startSession(buildDailyQueue(cards, [], NOW, { ...BEIJING, newSiblingsSameDay: true }), NOW);
}

/** Applies actions in turn, collecting every effect. */
function play(s: SessionState, actions: SessionAction[]): { state: SessionState; effects: SessionEffect[] } {
  const effects: SessionEffect[] = [];
  for (const a of actions) {
    const step = reduceSession(s, a, scheduler);
    s = step.state;
    effects.push(...step.effects);
  }
  return { state: s, effects };
}

const idOf = (s: SessionState) => s.current?.id ?? null;

describe('review session', () => {
  it('goes front → back → graded → next, learning card first, and asks to save each answer', () => {
    const s0 = session();
    expect(s0.phase).toBe('front');
    expect(s0.current!.word).toBe('分析'); // the learning card due now comes first
    expect(remaining(s0)).toEqual({ new: 2, learning: 1, review: 2 });
    // grading the front does nothing: the answer must be seen first
    expect(reduceSession(s0, { type: 'grade', grade: 'good', now: NOW }, scheduler)).toEqual({ state: s0, effects: [] });
    const back = play(s0, [{ type: 'reveal' }]).state;
    expect(back.phase).toBe('back');
    const graded = reduceSession(back, { type: 'grade', grade: 'good', now: NOW }, scheduler);
    expect(graded.state.phase).toBe('graded');
    expect(graded.effects).toHaveLength(1);
    const save = graded.effects[0]!;
    expect(save.type).toBe('saveReview');
    if (save.type !== 'saveReview') throw new Error('unreachable');
    expect(save.log).toMatchObject({ cardId: 'guid-分析:recognition', reviewedAt: NOW, grade: 'good', previous: s0.current!.schedule });
    expect(save.card.schedule).toEqual(save.log.next);
    expect(graded.state.answered).toBe(1);
    const next = play(graded.state, [{ type: 'next', now: NOW + 10_000 }]).state;
    // then the main queue: the most overdue review first
    expect([next.phase, next.current!.word]).toEqual(['front', '考察']);
  });

  it('undo restores the card, its state and the queue position exactly', () => {
    const s0 = session();
    const { state: s1 } = play(s0, [{ type: 'reveal' }, { type: 'grade', grade: 'again', now: NOW }, { type: 'next', now: NOW }]);
    expect(s1.current!.word).toBe('考察');
    expect(s1.learning.map((c) => c.word)).toEqual(['分析']); // back in learning after Again
    const undone = reduceSession(s1, { type: 'undo' }, scheduler);
    expect(undone.state.phase).toBe('front');
    expect(undone.state.current).toEqual(s0.current);
    expect(undone.state.main).toEqual(s0.main);
    expect(undone.state.learning).toEqual(s0.learning);
    expect(undone.state.answered).toBe(0);
    expect(undone.effects).toEqual([{ type: 'undoReview', logId: `guid-分析:recognition@${NOW}`, card: s0.current }]);
    // nothing more to undo
    expect(reduceSession(undone.state, { type: 'undo' }, scheduler).effects).toEqual([]);
  });

  it('shows a card failed in learning again when its step is due, and learns ahead when nothing else is left', () => {
    const s0 = session([card('调研')]);
    const { state: s1 } = play(s0, [{ type: 'reveal' }, { type: 'grade', grade: 'again', now: NOW }]);
    expect(s1.learning[0]!.schedule.due).toBe(NOW + MIN);
    // the 1m step is within the 20m learn-ahead, so it comes back at once
    const s2 = play(s1, [{ type: 'next', now: NOW + 5000 }]).state;
    expect([s2.phase, s2.current!.word]).toEqual(['front', '调研']);
    // Good moves it to the 10m step; with learn-ahead off the session waits for it
    const { state: s3 } = play({ ...s2, learnAheadMs: 0 }, [{ type: 'reveal' }, { type: 'grade', grade: 'good', now: NOW + MIN }, { type: 'next', now: NOW + MIN }]);
    expect(s3.phase).toBe('done');
    expect(s3.comeBackAt).toBe(NOW + 11 * MIN);
    // 'next' once the step is due brings it back
    expect(play(s3, [{ type: 'next', now: NOW + 11 * MIN }]).state.current!.word).toBe('调研');
  });

  it('suspends the current card and moves on; undo unsuspends it', () => {
    const s0 = session();
    const { state, effects } = play(s0, [{ type: 'suspend', now: NOW }]);
    expect(effects).toEqual([{ type: 'suspend', cardId: 'guid-分析:recognition' }]);
    expect(state.current!.word).toBe('考察');
    const undone = reduceSession(state, { type: 'undo' }, scheduler);
    expect(undone.effects).toEqual([{ type: 'unsuspend', cardId: 'guid-分析:recognition' }]);
    expect(undone.state.current).toEqual(s0.current);
  });

  it('mark known removes every card of the word from the session', () => {
    let s = session();
    // 分析 (learning), then the main queue: 考察, 研究, 调研, 研究 (production): one new after each review
    expect(s.main.map((c) => c.word)).toEqual(['考察', '研究', '调研', '研究']);
    s = play(s, [{ type: 'reveal' }, { type: 'grade', grade: 'good', now: NOW }, { type: 'next', now: NOW }]).state;
    s = play(s, [{ type: 'reveal' }, { type: 'grade', grade: 'good', now: NOW }, { type: 'next', now: NOW }]).state;
    expect(s.current!.id).toBe('guid-研究:recognition');
    expect(s.main.map((c) => c.id)).toContain('guid-研究:production');
    const { state, effects } = play(s, [{ type: 'markKnown', now: NOW }]);
    expect(effects).toEqual([{ type: 'markKnown', word: '研究' }]);
    // the production card of 研究 is gone too; 调研 is next
    const words = [state.current, ...state.main, ...state.learning].filter(Boolean).map((c) => c!.id);
    expect(words).toEqual(['guid-调研:recognition']);
    const undone = reduceSession(state, { type: 'undo' }, scheduler);
    expect(undone.effects).toEqual([{ type: 'unmarkKnown', word: '研究' }]);
    expect(undone.state.main.map((c) => c.id)).toEqual(s.main.map((c) => c.id));
  });

  it('the pinyin drill checks the typed reading and reveals; details toggle', () => {
    const s0 = session([card('调研', {}, { kind: 'pinyin' })]);
    const s1 = play(s0, [{ type: 'toggleDetails' }, { type: 'check', input: 'diao4yan3', expected: 'diao4 yan2' }]).state;
    expect(s1.phase).toBe('back');
    expect(s1.showDetails).toBe(true);
    expect(s1.drill?.suggestedGrade).toBe('hard');
    expect(s1.drill?.syllables.map((x) => x.verdict)).toEqual(['ok', 'tone']);
    // the next card starts with details hidden and no drill verdict
    const s2 = play(s1, [{ type: 'grade', grade: 'hard', now: NOW }, { type: 'next', now: NOW + 10 * MIN }]).state;
    expect([s2.showDetails, s2.drill]).toEqual([false, null]);
  });

  it('ends when every card is answered, having saved each answer once', () => {
    let s = session();
    const saved: string[] = [];
    for (let i = 0; i < 20 && s.phase !== 'done'; i++) {
      const step = play(s, [{ type: 'reveal' }, { type: 'grade', grade: 'easy', now: NOW + i * 1000 }, { type: 'next', now: NOW + i * 1000 }]);
      saved.push(...step.effects.map((e) => (e.type === 'saveReview' ? e.card.id : e.type)));
      s = step.state;
    }
    expect(s.phase).toBe('done');
    expect(saved.sort()).toEqual(
      ['guid-分析:recognition', 'guid-考察:recognition', 'guid-调研:recognition', 'guid-研究:recognition', 'guid-研究:production'].sort(),
    );
    expect(s.comeBackAt).toBeNull();
  });
});

describe('time is an argument', () => {
  it('gives the same queue, answers and stats whatever the system clock says', () => {
    const runAt = (clock: number) => {
      vi.useFakeTimers({ now: clock });
      try {
        let s = session();
        const logs: ReviewLogRecord[] = [];
        while (s.phase !== 'done') {
          const step = play(s, [{ type: 'reveal' }, { type: 'grade', grade: 'good', now: NOW + logs.length * 60_000 }]);
          logs.push(...step.effects.flatMap((e) => (e.type === 'saveReview' ? [e.log] : [])));
          s = play(step.state, [{ type: 'next', now: NOW + logs.length * 60_000 }]).state;
          if (logs.length > 30) break;
        }
        return { logs, stats: studyStats([], logs, NOW + HOUR, BEIJING) };
      } finally {
        vi.useRealTimers();
      }
    };
    const a = runAt(Date.UTC(1990, 0, 1));
    expect(a.logs.length).toBeGreaterThan(5);
    expect(runAt(Date.UTC(2090, 6, 1))).toEqual(a);
  });
});
