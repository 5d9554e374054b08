/** The review screen for the card on show: counts, the card, the answer buttons, the key help. */
import { Box, Text } from 'ink';
import type { StudyNote } from '../../storage/index.js';
import { remaining, type Scheduler, type SessionState } from '../../study/index.js';
import { AnswerBar } from './AnswerBar.js';
import { Back, Front } from './CardFace.js';
import { CardDetails } from './CardDetails.js';

export interface ReviewScreenProps {
  session: SessionState;
  note: StudyNote | null;
  typed: string;
  scheduler: Scheduler;
  now: number;
  error: string | null;
}

export function ReviewScreen({ session, note, typed, scheduler, now, error }: ReviewScreenProps) {
  const card = session.current!;
  const left = remaining(session);
  const back = session.phase === 'back';
  return (
    <Box flexDirection="column" gap={1}>
      <Text>
        <Text color="blue">{left.new} new</Text> · <Text color="red">{left.learning} learning</Text> · <Text color="green">{left.review} review</Text>
        <Text dimColor> · {session.answered} answered · {card.kind}</Text>
      </Text>
      {!note ? <Text color="red">This card's note is missing from the database (u undo · s suspend).</Text> : back ? <Back note={note} drill={session.drill} /> : <Front card={card} note={note} typed={typed} />}
      {session.showDetails && note && <CardDetails card={card} note={note} now={now} />}
      {back && <AnswerBar previews={scheduler.preview(card, now)} suggested={session.drill?.suggestedGrade ?? null} />}
      {error && <Text color="red">{error}</Text>}
      <Text dimColor>
        {card.kind === 'pinyin' && !back
          ? 'Enter check (empty: show answer) · Backspace erase · Esc quit'
          : `${back ? '1–4 grade' : 'Space/Enter show answer'} · u undo · e details · s suspend · m mark known · t stats · q quit`}
      </Text>
    </Box>
  );
}
