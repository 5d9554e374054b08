import { Box, Text } from 'ink';
import type { VocabItem } from '../domain/types.js';
import { windowStart } from './app-state.js';
import { usePalette } from './colors.js';
import { PinyinText } from './PinyinText.js';
import { wordColumns, wordCells } from './word-columns.js';

/** The scrolling list of hard words in aligned columns; ✓ marks the words going into the export. */
export function WordList({ items, cursor, excluded, height, width }: { items: VocabItem[]; cursor: number; excluded: ReadonlySet<string>; height: number; width: number }) {
  const { named } = usePalette();
  if (items.length === 0) return <Text dimColor>No hard words here (try another level, or clear the filter).</Text>;
  const start = windowStart(cursor, items.length, height);
  const cols = wordColumns(width);
  return (
    <Box flexDirection="column" width={width}>
      {items.slice(start, start + height).map((v, i) => {
        const here = start + i === cursor;
        const c = wordCells(v, cols);
        const inExport = !excluded.has(v.word);
        return (
          <Text key={`${v.word}|${v.pinyinNumbered}`} inverse={here} wrap="truncate">
            {here ? '›' : ' '}
            <Text color={inExport ? named('green') : undefined}>{inExport ? '✓' : '·'}</Text>
            <Text bold color={named('yellow')}>{c.word}</Text> <PinyinText pinyin={c.pinyin.trimEnd()} />
            {c.pinyin.slice(c.pinyin.trimEnd().length)} {c.level} {c.count}
            {c.meaning ? ` ${c.meaning}` : ''}
          </Text>
        );
      })}
    </Box>
  );
}
