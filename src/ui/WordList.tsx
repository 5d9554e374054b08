import { Box, Text } from 'ink';
import type { VocabItem } from '../domain/types.js';
import { formOf, padToWidth, truncateToWidth } from '../text/index.js';
import { windowStart } from './app-state.js';
import { levelLabel } from '../text/index.js';

/** The scrolling list of words; the selected row is highlighted. */
export function WordList({ items, cursor, height, width }: { items: VocabItem[]; cursor: number; height: number; width: number }) {
  const start = windowStart(cursor, items.length, height);
  const shown = items.slice(start, start + height);
  if (items.length === 0) return <Text dimColor>No words here at this level.</Text>;
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((v, i) => {
        const selected = start + i === cursor;
        const row = `${padToWidth(formOf(v), 10)} ${padToWidth(truncateToWidth(v.pinyin, 16), 16)} ${levelLabel(v).padStart(3)} ×${v.count}`;
        return (
          <Text key={`${v.word}|${v.pinyinNumbered}`} inverse={selected} color={v.hard ? undefined : 'gray'}>
            {selected ? '›' : ' '}
            {truncateToWidth(row, width - 1)}
          </Text>
        );
      })}
      <Text dimColor>
        {items.length > height ? `${cursor + 1}/${items.length}` : ' '}
      </Text>
    </Box>
  );
}
