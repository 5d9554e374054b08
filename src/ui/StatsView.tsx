import { Box, Text } from 'ink';
import type { Analysis } from '../domain/types.js';
import { levelName } from '../levels/index.js';

const BAR = 30;

/** Coverage by HSK level as bars, and the article's estimated level. */
export function StatsView({ analysis }: { analysis: Analysis }) {
  const s = analysis.stats;
  return (
    <Box flexDirection="column">
      <Text>
        {s.tokens} tokens · {s.wordTokens} word tokens · {s.uniqueWords} different words · {s.hardWords} hard at HSK {analysis.level}
      </Text>
      <Box flexDirection="column" marginTop={1}>
        <Text dimColor>share of word tokens a reader at each level knows (names and numbers not counted)</Text>
        {Object.entries(s.coverage).map(([level, share]) => {
          const filled = Math.round(share * BAR);
          return (
            <Text key={level}>
              HSK {level} <Text color={share >= 0.95 ? 'green' : 'cyan'}>{'█'.repeat(filled)}</Text>
              <Text dimColor>{'░'.repeat(BAR - filled)}</Text> {Math.round(share * 100)}%
            </Text>
          );
        })}
      </Box>
      <Box marginTop={1}>
        <Text>
          Estimated article level: <Text bold>{levelName(s.estimatedLevel)}</Text> (95% coverage) · you know about{' '}
          {Math.round(s.learnerCoverage * 100)}% of its words
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
