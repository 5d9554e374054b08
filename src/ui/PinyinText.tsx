import { Text } from 'ink';
import { usePalette } from './colors.js';

/** Pinyin with each syllable in its tone colour. */
export function PinyinText({ pinyin }: { pinyin: string }) {
  const { tone } = usePalette();
  const syllables = pinyin.split(' ').filter(Boolean);
  return (
    <Text>
      {syllables.map((s, i) => (
        <Text key={i} color={tone(s)}>
          {i ? ' ' : ''}
          {s}
        </Text>
      ))}
    </Text>
  );
}
