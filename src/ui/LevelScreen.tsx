import { Box, Text } from 'ink';
import { levelName, scaleLevels, type LevelScale } from '../levels/index.js';
import type { LevelRow } from '../pipeline/index.js';
import { Bar } from './Bar.js';

/**
 * Every level of the learner's system: how many words would be hard and how much of the text
 * the learner reads there (personal coverage), and under it the article's coverage curve —
 * words and characters listed at or below the level — the numbers of `zhcards level`.
 */
export function LevelScreen({ rows, scale, cursor, level, spinner }: { rows: LevelRow[] | null; scale: LevelScale; cursor: number; level: number; spinner: string }) {
  const chosen = rows?.[cursor];
  const nameWidth = Math.max(...scale.names.map((n) => n.length));
  return (
    <Box flexDirection="column">
      <Text wrap="truncate">Your level ({scale.title}): words above it are hard (known and ignored words never are).</Text>
      <Text dimColor wrap="truncate">words / chars: the share of the article listed at or below the level</Text>
      <Box flexDirection="column">
        {scaleLevels(scale).map((l, i) => {
          const row = rows?.[i];
          return (
            <Box key={l} flexDirection="column">
              <Text inverse={i === cursor} wrap="truncate">
                {i === cursor ? '›' : ' '}
                {levelName(l, scale).padEnd(nameWidth)}
                {l === level ? ' (now)' : '      '}{' '}
                {row ? (
                  <>
                    {String(row.hardWords).padStart(4)} hard · you read <Bar share={row.coverage} width={24} color={row.coverage >= 0.95 ? 'green' : 'cyan'} />
                  </>
                ) : (
                  <Text dimColor>{spinner} counting…</Text>
                )}
              </Text>
              <Text dimColor wrap="truncate">
                {' '.repeat(nameWidth + 8)}
                {row ? (
                  <>
                    words <Bar share={row.tokens} width={12} color="blue" /> · chars <Bar share={row.chars} width={12} color="blue" />
                  </>
                ) : (
                  ' '
                )}
              </Text>
            </Box>
          );
        })}
      </Box>
      <Box marginTop={1}>
        <Text wrap="truncate">
          {chosen ? `At ${levelName(cursor + 1, scale)}: ${chosen.hardWords} hard words, you read ${Math.round(chosen.coverage * 100)}% of the word tokens. Enter applies.` : ' '}
        </Text>
      </Box>
    </Box>
  );
}
