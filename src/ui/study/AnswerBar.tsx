/** The four answer buttons, each with the interval it would give (as Anki shows them). */
import { Box, Text } from 'ink';
import type { GradeName, GradePreview } from '../../study/index.js';

const LABEL: Record<GradeName, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
const COLOR: Record<GradeName, string> = { again: 'red', hard: 'yellow', good: 'green', easy: 'cyan' };

export function AnswerBar({ previews, suggested }: { previews: readonly GradePreview[]; suggested: GradeName | null }) {
  return (
    <Box gap={2}>
      {previews.map((p, i) => (
        <Text key={p.grade} color={COLOR[p.grade]} inverse={p.grade === suggested}>
          {` ${i + 1} ${LABEL[p.grade]} ${p.label} `}
        </Text>
      ))}
      {suggested && <Text dimColor>Enter = {LABEL[suggested]}</Text>}
    </Box>
  );
}
