import { Box, Text } from 'ink';
import type { Analysis } from '../domain/types.js';
import { SentenceView } from './SentenceView.js';

/** The study sentences (SentenceView) with which of them become sentence cards. */
export function SentencesScreen({ analysis, cursor, included, width, height }: { analysis: Analysis; cursor: number; included: ReadonlySet<number>; width: number; height: number }) {
  const current = analysis.studySentences[cursor];
  return (
    <Box flexDirection="column">
      <Text>
        {included.size} sentence card{included.size === 1 ? '' : 's'} chosen
        {current ? (included.has(current.index) ? ' · this one is in (Space removes it)' : ' · Space adds this one') : ''}
      </Text>
      <SentenceView analysis={analysis} cursor={cursor} height={height - 1} width={width} />
    </Box>
  );
}
