import { Box, Text } from 'ink';
import type { Analysis, VocabItem } from '../domain/types.js';
import { formOf, headword, levelDescription } from '../text/index.js';
import { PinyinText } from './PinyinText.js';
import { RubySentence } from './RubySentence.js';

/** Everything about one word: reading, level, senses, measure word, its best example. */
export function WordDetail({ item, analysis, width }: { item: VocabItem | undefined; analysis: Analysis; width: number }) {
  if (!item) return <Text dimColor>Nothing selected.</Text>;
  const example = item.examples[0] === undefined ? undefined : analysis.sentences[item.examples[0]];
  const rank = item.frequencyRank === null ? 'not in the frequency lists' : `frequency rank ${item.frequencyRank.toLocaleString('en')}`;
  return (
    <Box flexDirection="column" width={width}>
      <Text>
        <Text bold color="yellow">
          {headword(item)}
        </Text>
        {'  '}
        <PinyinText pinyin={item.pinyin} />
      </Text>
      <Text dimColor>
        {levelDescription(item)} · {item.count}× in this text · {rank}
      </Text>
      <Box flexDirection="column" marginTop={1}>
        {item.definitions.map((d, i) => (
          <Text key={i} wrap="wrap">
            {i + 1}. {d}
          </Text>
        ))}
        {item.classifier ? <Text dimColor>measure word: {item.classifier}</Text> : null}
      </Box>
      {example ? (
        <Box flexDirection="column" marginTop={1}>
          <Text dimColor>example</Text>
          <RubySentence tokens={example.tokens} targets={new Set([item.word, item.traditional, formOf(item)])} width={width} />
        </Box>
      ) : null}
    </Box>
  );
}
