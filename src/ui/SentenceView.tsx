import { Box, Text } from 'ink';
import { studyText, type Analysis, type StudySentence } from '../domain/index.js';
import { formOf, truncateToWidth } from '../text/index.js';
import { windowStart } from './app-state.js';
import { PinyinText } from './PinyinText.js';
import { RubySentence } from './RubySentence.js';

/** Study sentences and excerpts (one new word each, then two): a list, and the selected one with pinyin and glosses. */
export function SentenceView({ analysis, cursor, height, width }: { analysis: Analysis; cursor: number; height: number; width: number }) {
  const list = analysis.studySentences;
  if (list.length === 0) return <Text dimColor>No study sentences at this level: try a higher or lower level (+/−).</Text>;
  const listHeight = Math.max(3, Math.floor(height / 3));
  const start = windowStart(cursor, list.length, listHeight);
  const current = list[cursor]!;
  // An excerpt is shown on its own: the list, the ruby line and the glosses all use it.
  const shown = (s: StudySentence) => studyText(analysis.sentences[s.index]!, s);
  const keys = new Set(current.targets);
  const glosses = analysis.vocab.filter((v) => v.hard && keys.has(v.word));
  // Tokens carry the article's spelling: highlight either script.
  const targets = new Set(glosses.flatMap((v) => [v.word, v.traditional, formOf(v)]));
  return (
    <Box flexDirection="column">
      {list.slice(start, start + listHeight).map((s, i) => (
        <Text key={`${s.index}:${s.start ?? ''}`} inverse={start + i === cursor}>
          {start + i === cursor ? '›' : ' '}
          {truncateToWidth(shown(s).text, width - 2)}
        </Text>
      ))}
      <Text dimColor>
        {cursor + 1}/{list.length}
      </Text>
      <Box flexDirection="column" marginTop={1}>
        <RubySentence tokens={shown(current).tokens} targets={targets} width={width} />
      </Box>
      <Box flexDirection="column" marginTop={1}>
        {glosses.map((v) => (
          <Text key={v.word + v.pinyin}>
            <Text bold color="yellow">
              {formOf(v)}
            </Text>{' '}
            <PinyinText pinyin={v.pinyin} /> {truncateToWidth(v.definitions.slice(0, 2).join('; '), Math.max(10, width - 20))}
          </Text>
        ))}
      </Box>
    </Box>
  );
}
