import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { Analysis, VocabItem } from '../domain/types.js';
import { truncateToWidth } from '../text/index.js';
import { usePalette } from './colors.js';
import { PinyinText } from './PinyinText.js';
import { layoutReading } from './reading-layout.js';

/** The article itself, a page at a time, each character of a hard word in its syllable's tone colour. */
export function ReadingScreen({ analysis, words, cursor, excluded, width, height }: { analysis: Analysis; words: readonly VocabItem[]; cursor: number; excluded: ReadonlySet<string>; width: number; height: number }) {
  const { tone } = usePalette();
  const byForm = useMemo(() => {
    const m = new Map<string, VocabItem>();
    for (const v of words) m.set(v.word, v).set(v.traditional, v);
    return m;
  }, [words]);
  const layout = useMemo(() => layoutReading(analysis.sentences, (t) => byForm.get(t)?.word, width - 1), [analysis, byForm, width]);
  const pageRows = Math.max(1, height - 2);
  const line = layout.occurrenceLine[cursor] ?? 0;
  const page = Math.floor(line / pageRows);
  const current = byForm.get(layout.occurrenceWord[cursor] ?? '');
  return (
    <Box flexDirection="column" width={width}>
      {layout.lines.slice(page * pageRows, (page + 1) * pageRows).map((pieces, r) => (
        <Text key={r} wrap="truncate">
          {pieces.map((p, i) =>
            p.word ? (
              <Text key={i} bold inverse={p.occurrence === cursor} underline={excluded.has(p.word)}>
                {syllableColoured(p.text, byForm.get(p.word)?.pinyin ?? '').map(([ch, syl], k) => (
                  <Text key={k} color={tone(syl)}>
                    {ch}
                  </Text>
                ))}
              </Text>
            ) : (
              <Text key={i}>{p.text}</Text>
            ),
          )}
        </Text>
      ))}
      <Text dimColor>
        page {page + 1}/{Math.max(1, Math.ceil(layout.lines.length / pageRows))} · hard word {layout.occurrenceLine.length ? cursor + 1 : 0}/{layout.occurrenceLine.length}
      </Text>
      {current ? (
        <Text wrap="truncate">
          <Text bold>{current.word}</Text> <PinyinText pinyin={current.pinyin} /> {excluded.has(current.word) ? '(left out) ' : ''}
          {truncateToWidth(current.definitions.join('; '), Math.max(10, width - 30))}
        </Text>
      ) : (
        <Text dimColor>No hard words in this text at this level.</Text>
      )}
    </Box>
  );
}

/** Each character with its syllable when they pair up one to one (they do for most words), else the first syllable. */
function syllableColoured(text: string, pinyin: string): Array<[string, string]> {
  const chars = [...text];
  const syllables = pinyin.split(' ').filter(Boolean);
  return chars.map((ch, i) => [ch, syllables.length === chars.length ? syllables[i]! : (syllables[0] ?? '')]);
}

/** How many hard-word occurrences the Reading screen steps through (for the cursor's range). */
export function readingOccurrences(analysis: Analysis, words: readonly VocabItem[], width: number) {
  const byForm = new Map<string, string>();
  for (const v of words) byForm.set(v.word, v.word).set(v.traditional, v.word);
  return layoutReading(analysis.sentences, (t) => byForm.get(t), width - 1);
}
