import { Text } from 'ink';
import { usePalette } from './colors.js';

/** A horizontal bar for a share 0–1, with the percentage after it. */
export function Bar({ share, width, color = 'cyan' }: { share: number; width: number; color?: string }) {
  const { named } = usePalette();
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  return (
    <Text>
      <Text color={named(color)}>{'█'.repeat(filled)}</Text>
      <Text dimColor>{'░'.repeat(width - filled)}</Text> {String(Math.round(share * 100)).padStart(3)}%
    </Text>
  );
}
