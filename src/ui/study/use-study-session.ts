/**
 * The review screen's state: the study reducer plus what only the screen has (typed text,
 * stats overlay, a write error). Every effect is committed to the database before the new
 * state is shown; after a grade the next card follows at once.
 */
import { useRef, useState } from 'react';
import { applyEffects, loadSession, type LoadOptions } from '../../collection/index.js';
import type { Database } from '../../storage/index.js';
import { reduceSession, startSession, type SessionAction, type SessionState } from '../../study/index.js';

export interface StudyView {
  session: SessionState;
  typed: string;
  showStats: boolean;
  /** A write that failed (the card stays on screen, nothing was lost). */
  error: string | null;
}

export interface StudyControls {
  view: StudyView;
  scheduler: ReturnType<typeof loadSession>['scheduler'];
  /** The newest state, for key handlers that run before the next render. */
  latest(): StudyView;
  act(action: SessionAction): void;
  setTyped(typed: string): void;
  toggleStats(): void;
}

export function useStudySession(db: Database, now: () => number, load: LoadOptions): StudyControls {
  const [loaded] = useState(() => loadSession(db, now(), load));
  const [view, setView] = useState<StudyView>(() => ({ session: startSession(loaded.queue, now()), typed: '', showStats: false, error: null }));
  // Keys arrive faster than React re-renders; act on the latest state, not the rendered one.
  const latest = useRef(view);
  const update = (next: StudyView) => {
    latest.current = next;
    setView(next);
  };
  return {
    view,
    scheduler: loaded.scheduler,
    latest: () => latest.current,
    act(action) {
      const v = latest.current;
      const step = reduceSession(v.session, action, loaded.scheduler);
      try {
        applyEffects(db, step.effects, now());
      } catch (e) {
        update({ ...v, error: `not saved: ${(e as Error).message}` });
        return;
      }
      const session = step.state.phase === 'graded' ? reduceSession(step.state, { type: 'next', now: now() }, loaded.scheduler).state : step.state;
      const moved = session.current?.id !== v.session.current?.id || session.phase !== v.session.phase;
      update({ ...v, session, error: null, typed: moved && session.phase === 'front' ? '' : v.typed });
    },
    setTyped: (typed) => update({ ...latest.current, typed }),
    toggleStats: () => update({ ...latest.current, showStats: !latest.current.showStats }),
  };
}
