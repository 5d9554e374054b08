import { Box, Text } from 'ink';
import type { Analysis } from '../domain/types.js';
import { levelName } from '../levels/index.js';

const BAR = 30;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Coverage by HSK level as bars, what this learner knows (the header's "you know"), and the
 * levels at which the article becomes readable: the same numbers as `analyze` and the JSON.
 */
export function StatsView({ analysis }: { analysis: Analysis }) {
  const s = analysis.stats;
  const d = s.difficulty;
  return (
    <Box flexDirection="column">
      <Text>
        {s.tokens} tokens · {s.wordTokens} word tokens · {s.uniqueWords} different words · {s.hardWords} hard at HSK {analysis.level}
      </Text>
      <Box flexDirection="column" marginTop={1}>
        <Text dimColor>share of word tokens listed at or below each level (names and numbers not counted)</Text>
        {Object.entries(s.coverage).map(([level, share]) => {
          const filled = Math.round(share * BAR);
          return (
            <Text key={level}>
              HSK {level} <Text color={share >= 0.95 ? 'green' : 'cyan'}>{'█'.repeat(filled)}</Text>
              <Text dimColor>{'░'.repeat(BAR - filled)}</Text> {pct(share)}
            </Text>
          );
        })}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Text>
          At HSK {d.level} you know <Text bold>{pct(d.coverage)}</Text> of word tokens: {pct(d.listedCoverage)} listed at or below HSK {d.level}, the rest worked
          out from known parts or your known-words list
        </Text>
        <Text>
          <Text bold>{d.unknownPer100Chars}</Text> unknown words per 100 characters
        </Text>
        <Text>
          90% of word tokens at {levelName(d.level90)} · 95% (estimated level) at <Text bold>{levelName(s.estimatedLevel)}</Text> · 98% at{' '}
          {levelName(d.level98)}
        </Text>
      </Box>
      {analysis.diagnostics.slice(0, 5).map((d, i) => (
        <Text key={i} dimColor>
          note: {d}
        </Text>
      ))}
    </Box>
  );
}
