import { Text } from 'ink';
import { toneColor } from './tone-colors.js';

/** Pinyin with each syllable in its tone colour. */
export function PinyinText({ pinyin }: { pinyin: string }) {
  const syllables = pinyin.split(' ').filter(Boolean);
  return (
    <Text>
      {syllables.map((s, i) => (
        <Text key={i} color={toneColor(s)}>
          {i ? ' ' : ''}
          {s}
        </Text>
      ))}
    </Text>
  );
}
