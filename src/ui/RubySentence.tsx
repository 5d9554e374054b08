import { Box, Text } from 'ink';
import type { Token } from '../domain/types.js';
import { displayWidth, padToWidth } from '../text/index.js';
import { rubyRows } from './ruby-lines.js';
import { usePalette } from './colors.js';

/** A sentence with pinyin over each word, targets highlighted, wrapped to `width`. */
export function RubySentence({ tokens, targets, width }: { tokens: Token[]; targets: ReadonlySet<string>; width: number }) {
  const { tone, named } = usePalette();
  const rows = rubyRows(tokens, (t) => targets.has(t.text), width);
  return (
    <Box flexDirection="column">
      {rows.map((row, r) => (
        <Box key={r} flexDirection="column">
          <Text>
            {row.map((c, i) => (
              <Text key={i}>
                {i ? ' ' : ''}
                {c.pinyin.split(' ').map((syl, k) => (
                  <Text key={k} color={syl ? tone(syl) : undefined}>
                    {k ? ' ' : ''}
                    {syl}
                  </Text>
                ))}
                {padToWidth('', c.width - displayWidth(c.pinyin))}
              </Text>
            ))}
          </Text>
          <Text>
            {row.map((c, i) => (
              <Text key={i} bold={c.target} color={c.target ? named('yellow') : undefined}>
                {i ? ' ' : ''}
                {padToWidth(c.text, c.width)}
              </Text>
            ))}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
