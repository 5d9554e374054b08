/** `e`: the card's scheduling facts, for the curious and for bug reports. */
import { Box, Text } from 'ink';
import type { StudyNote } from '../../storage/index.js';
import { formatInterval, type StudyCard } from '../../study/index.js';

export function CardDetails({ card, note, now }: { card: StudyCard; note: StudyNote; now: number }) {
  const s = card.schedule;
  return (
    <Box flexDirection="column" borderStyle="single" paddingX={1}>
      <Text>
        {card.kind} card · {s.state} · due {s.due <= now ? 'now' : `in ${formatInterval(s.due - now)}`} · {s.reps} reviews · {s.lapses} lapses
      </Text>
      <Text>
        stability {s.stability.toFixed(2)} d · difficulty {s.difficulty.toFixed(2)} · last review{' '}
        {s.lastReview === null ? 'never' : `${formatInterval(now - s.lastReview)} ago`}
      </Text>
      <Text dimColor>
        from {note.source} · {note.pinyinNumbered} · id {card.id}
      </Text>
    </Box>
  );
}
