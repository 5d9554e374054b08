import { Box, Text } from 'ink';
import type { Analysis, VocabItem } from '../domain/types.js';
import { levelDescription } from '../levels/index.js';
import { headword } from '../text/index.js';
import { PinyinText } from './PinyinText.js';
import { RubySentence } from './RubySentence.js';

/** Everything about one word: reading, level, every sense, measure word, every sentence it is in (pinyin above). */
export function WordDetail({ item, analysis, width, height }: { item: VocabItem | undefined; analysis: Analysis; width: number; height: number }) {
  if (!item) return <Text dimColor>Nothing selected.</Text>;
  const rank = item.frequencyRank === null ? 'not in the frequency lists' : `frequency rank ${item.frequencyRank.toLocaleString('en')}`;
  const forms = new Set([item.word, item.traditional, item.form ?? item.word]);
  const sentences = analysis.sentences.filter((s) => s.tokens.some((t) => forms.has(t.text)));
  // Each ruby sentence takes at least two rows; show as many as fit below the senses.
  const room = Math.max(0, Math.floor((height - 4 - item.definitions.length - (item.classifier ? 1 : 0)) / 2));
  return (
    <Box flexDirection="column" width={width}>
      <Text>
        <Text bold>{headword(item)}</Text>
        {'  '}
        <PinyinText pinyin={item.pinyin} />
        <Text dimColor>
          {'  '}
          {levelDescription(item)} · {item.count}× in this text · {rank}
        </Text>
      </Text>
      {item.definitions.map((d, i) => (
        <Text key={i} wrap="truncate-end">
          {i + 1}. {d}
        </Text>
      ))}
      {item.classifier ? <Text dimColor>measure word: {item.classifier}</Text> : null}
      <Text dimColor>
        in {sentences.length} sentence{sentences.length === 1 ? '' : 's'}
        {sentences.length > room ? ` (first ${room} shown)` : ''}:
      </Text>
      {sentences.slice(0, room).map((s) => (
        <RubySentence key={s.index} tokens={s.tokens} targets={forms} width={width} />
      ))}
    </Box>
  );
}
