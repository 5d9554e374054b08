import { Box, Text } from 'ink';
import type { LevelRow } from '../pipeline/index.js';
import { Bar } from './Bar.js';

/** HSK 1–6: for each, how many words would be hard and how much of the text the learner reads. */
export function LevelScreen({ rows, cursor, level, spinner }: { rows: LevelRow[] | null; cursor: number; level: number; spinner: string }) {
  const chosen = rows?.[cursor];
  return (
    <Box flexDirection="column">
      <Text>Your level: words above it are hard (known and ignored words never are).</Text>
      <Box flexDirection="column" marginTop={1}>
        {[1, 2, 3, 4, 5, 6].map((l, i) => {
          const row = rows?.[i];
          return (
            <Text key={l} inverse={i === cursor}>
              {i === cursor ? '›' : ' '}HSK {l}
              {l === level ? ' (now)' : '      '}{' '}
              {row ? (
                <>
                  {String(row.hardWords).padStart(4)} hard · you read <Bar share={row.coverage} width={30} color={row.coverage >= 0.95 ? 'green' : 'cyan'} />
                </>
              ) : (
                <Text dimColor>{spinner} counting…</Text>
              )}
            </Text>
          );
        })}
      </Box>
      <Box marginTop={1}>
        <Text>{chosen ? `At HSK ${cursor + 1}: ${chosen.hardWords} hard words, you read ${Math.round(chosen.coverage * 100)}% of the word tokens. Enter applies.` : ' '}</Text>
      </Box>
    </Box>
  );
}
