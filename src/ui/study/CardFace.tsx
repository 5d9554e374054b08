/** One study card's content: the front for its kind, and after reveal the full answer. */
import { Box, Text } from 'ink';
import type { StudyNote } from '../../storage/index.js';
import type { DrillResult, StudyCard } from '../../study/index.js';
import { PinyinText } from '../PinyinText.js';

/** Ink cannot enlarge text: spacing the characters and a frame make the Hanzi stand out. */
export function BigHanzi({ text }: { text: string }) {
  return (
    <Box borderStyle="round" paddingX={3} alignSelf="flex-start">
      <Text bold color="whiteBright">
        {[...text].join(' ')}
      </Text>
    </Box>
  );
}

/** The example sentence with the word highlighted, or blanked (production front). */
export function Sentence({ note, blank }: { note: StudyNote; blank?: boolean }) {
  if (!note.sentence) return null;
  const before = note.sentence.slice(0, note.targetStart);
  const word = note.sentence.slice(note.targetStart, note.targetEnd);
  const after = note.sentence.slice(note.targetEnd);
  return (
    <Text>
      {before}
      <Text bold color="yellow">
        {blank ? '＿'.repeat([...word].length) : word}
      </Text>
      {after}
    </Text>
  );
}

export function Front({ card, note, typed }: { card: StudyCard; note: StudyNote; typed: string }) {
  if (card.kind === 'production') {
    return (
      <Box flexDirection="column" gap={1}>
        <Text dimColor>Which word? (recall the Hanzi, then Space)</Text>
        <Text bold>{note.meaning}</Text>
        <Sentence note={note} blank />
      </Box>
    );
  }
  return (
    <Box flexDirection="column" gap={1}>
      <BigHanzi text={note.word} />
      <Sentence note={note} />
      {card.kind === 'pinyin' && (
        <Text>
          Type the reading with tone numbers (diao4yan2, v for ü): <Text bold>{typed}</Text>
          <Text inverse> </Text>
        </Text>
      )}
    </Box>
  );
}

const VERDICT_MARK = { ok: '✓', tone: 'tone', syllable: '✗', missing: 'missing' } as const;

export function DrillVerdict({ drill }: { drill: DrillResult }) {
  return (
    <Box flexDirection="column">
      <Text color={drill.correct ? 'green' : 'red'}>{drill.correct ? 'Right!' : 'Not quite:'}</Text>
      {!drill.correct && (
        <Text>
          {drill.syllables.map((s, i) => (
            <Text key={i} color={s.verdict === 'ok' ? 'green' : 'red'}>
              {i ? '  ' : ''}
              {s.expected} {s.verdict === 'ok' ? '✓' : `${VERDICT_MARK[s.verdict]}${s.given ? ` (you: ${s.given})` : ''}`}
            </Text>
          ))}
          {drill.extra.length > 0 && <Text color="red">{`  extra: ${drill.extra.join(' ')}`}</Text>}
        </Text>
      )}
    </Box>
  );
}

export function Back({ note, drill }: { note: StudyNote; drill: DrillResult | null }) {
  return (
    <Box flexDirection="column" gap={1}>
      <BigHanzi text={note.word} />
      <Text>
        <PinyinText pinyin={note.pinyin} />
        {note.traditional && note.traditional !== note.word && <Text dimColor>{`   traditional ${note.traditional}`}</Text>}
      </Text>
      <Text>{note.meaning}</Text>
      {note.sentence && (
        <Box flexDirection="column">
          <Sentence note={note} />
          <Text dimColor>{note.sentencePinyin}</Text>
        </Box>
      )}
      {drill && <DrillVerdict drill={drill} />}
    </Box>
  );
}
