/**
 * `zhcards study` as a component: the review screen, the stats overlay and the "nothing due"
 * screen. The Library screen can mount it with its own database handle and clock.
 */
import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo } from 'react';
import { collectionStats, noteReader, type LoadOptions } from '../../collection/index.js';
import { countCards, nextDue, type Database } from '../../storage/index.js';
import { formatInterval } from '../../study/index.js';
import { ReviewScreen } from './ReviewScreen.js';
import { statsLines } from './stats-lines.js';
import { studyKey, type KeyMode } from './study-keys.js';
import { useStudySession, type StudyView } from './use-study-session.js';

export interface StudyAppProps {
  db: Database;
  /** Deck name; null = every deck. */
  deck: string | null;
  /** The clock (tests pass a fixed one). */
  now: () => number;
  /** Day rollover, option overrides, fuzz: see collection/LoadOptions. */
  options?: Omit<LoadOptions, 'deck'>;
  /** Called when the learner quits (default: exit Ink). */
  onExit?: () => void;
  /** Bench: leave as soon as the first screen is drawn. */
  exitAfterFirstFrame?: boolean;
}

function keyMode(v: StudyView): KeyMode {
  if (v.showStats) return 'stats';
  const s = v.session;
  if (s.phase === 'done' || !s.current) return 'done';
  if (s.phase === 'front') return s.current.kind === 'pinyin' ? 'typing' : 'front';
  return s.drill ? 'drillBack' : 'back';
}

export function StudyApp({ db, deck, now, options = {}, onExit, exitAfterFirstFrame }: StudyAppProps) {
  const { exit } = useApp();
  const quit = onExit ?? exit;
  const { view, scheduler, latest, act, setTyped, toggleStats } = useStudySession(db, now, { ...options, deck });
  const note = useMemo(() => noteReader(db), [db]);
  useEffect(() => {
    if (exitAfterFirstFrame) quit();
  }, []);

  useInput((input, key) => {
    const v = latest();
    const intent = studyKey(input, key, keyMode(v));
    if (!intent) return;
    const at = now();
    switch (intent.type) {
      case 'quit':
        return quit();
      case 'stats':
        return toggleStats();
      case 'type':
        return setTyped(v.typed + input);
      case 'erase':
        return setTyped(v.typed.slice(0, -1));
      case 'check': {
        const expected = note(v.session.current!.noteGuid)?.pinyinNumbered ?? '';
        return v.typed.trim() ? act({ type: 'check', input: v.typed, expected }) : act({ type: 'reveal' });
      }
      case 'confirm':
        return act({ type: 'grade', grade: v.session.drill!.suggestedGrade, now: at });
      case 'reveal':
      case 'undo':
        return act({ type: intent.type });
      case 'details':
        return act({ type: 'toggleDetails' });
      case 'grade':
        return act({ type: 'grade', grade: intent.grade, now: at });
      case 'suspend':
      case 'markKnown':
        return act({ type: intent.type, now: at });
    }
  });

  const at = now();
  if (view.showStats) {
    return (
      <Box flexDirection="column">
        <Text bold>Study stats{deck ? ` — ${deck}` : ''}</Text>
        {statsLines(collectionStats(db, at, deck, options), at).map((line, i) => (
          <Text key={i}>{line || ' '}</Text>
        ))}
        <Text dimColor>t or q back to studying</Text>
      </Box>
    );
  }
  const s = view.session;
  if (s.phase === 'done' || !s.current) return <Done db={db} deck={deck} at={at} comeBackAt={s.comeBackAt} answered={s.answered} />;
  return <ReviewScreen session={s} note={note(s.current.noteGuid)} typed={view.typed} scheduler={scheduler} now={at} error={view.error} />;
}

function Done({ db, deck, at, comeBackAt, answered }: { db: Database; deck: string | null; at: number; comeBackAt: number | null; answered: number }) {
  const next = comeBackAt ?? nextDue(db, { deck }, at);
  const empty = countCards(db, { deck }) === 0;
  return (
    <Box flexDirection="column" gap={1}>
      {answered > 0 && <Text color="green">Well done: {answered} answers saved.</Text>}
      <Text bold>
        {empty
          ? 'No study cards yet — add some with zhcards export FILE or zhcards study --add FILE.'
          : `Nothing due — ${next === null ? 'new cards come tomorrow' : `next card due in ${formatInterval(next - at)}`}.`}
      </Text>
      <Text dimColor>u undo the last answer · t stats · q quit</Text>
    </Box>
  );
}
