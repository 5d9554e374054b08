import { Box, Text } from 'ink';
import type { Analysis } from '../domain/types.js';
import { levelName, type LevelScale } from '../levels/index.js';

const BAR = 30;
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Coverage by level (of the learner's system) as bars, what this learner knows (the header's "you know"), and the
 * levels at which the article becomes readable: the same numbers as `analyze` and the JSON.
 */
export function StatsView({ analysis, scale }: { analysis: Analysis; scale: LevelScale }) {
  const s = analysis.stats;
  const d = s.difficulty;
  return (
    <Box flexDirection="column">
      <Text>
        {s.tokens} tokens · {s.wordTokens} word tokens · {s.uniqueWords} different words · {s.hardWords} hard at {levelName(analysis.level, scale)}
      </Text>
      <Box flexDirection="column" marginTop={1}>
        <Text dimColor>share of word tokens listed at or below each level (names and numbers not counted)</Text>
        {Object.entries(s.coverage).map(([level, share]) => {
          const filled = Math.round(share * BAR);
          return (
            <Text key={level}>
              {levelName(Number(level), scale).padEnd(9)} <Text color={share >= 0.95 ? 'green' : 'cyan'}>{'█'.repeat(filled)}</Text>
              <Text dimColor>{'░'.repeat(BAR - filled)}</Text> {pct(share)}
            </Text>
          );
        })}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Text>
          At {levelName(d.level, scale)} you know <Text bold>{pct(d.coverage)}</Text> of word tokens: {pct(d.listedCoverage)} listed at or below {levelName(d.level, scale)}, the rest worked
          out from known parts or your known-words list
        </Text>
        <Text>
          <Text bold>{d.unknownPer100Chars}</Text> unknown words per 100 characters
        </Text>
        <Text>
          90% of word tokens at {levelName(d.level90, scale)} · 95% (estimated level) at <Text bold>{levelName(s.estimatedLevel, scale)}</Text> · 98% at{' '}
          {levelName(d.level98, scale)}
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
