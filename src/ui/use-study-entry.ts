/**
 * The Library's Study entry: how many cards are due (counted in the background, so the first
 * frame never waits for SQLite and FSRS), and the study screen loaded on first use.
 */
import { useEffect, useState, type ComponentType } from 'react';
import type { Database } from '../storage/index.js';
import type { StudyAppProps } from './study/index.js';

export interface StudyEntry {
  /** Null until counted, or when there is no database (--no-db). */
  counts: { due: number; new: number } | null;
  /** The study screen while the learner studies, else null. */
  Screen: ComponentType<StudyAppProps> | null;
  open(): void;
  close(): void;
}

export function useStudyEntry(db: Database | null, onLibrary: boolean, now: () => Date): StudyEntry {
  const [counts, setCounts] = useState<StudyEntry['counts']>(null);
  const [Screen, setScreen] = useState<ComponentType<StudyAppProps> | null>(null);
  useEffect(() => {
    if (!db || !onLibrary || Screen) return;
    let live = true;
    void import('../collection/index.js').then(({ dueCounts }) => {
      if (!live) return;
      const c = dueCounts(db, now().getTime());
      setCounts({ due: c.due, new: c.new });
    });
    return () => {
      live = false;
    };
  }, [db, onLibrary, Screen]);
  return {
    counts,
    Screen,
    open: () => {
      if (!db) return;
      void import('./study/index.js').then((m) => setScreen(() => m.StudyApp));
    },
    close: () => setScreen(null),
  };
}
