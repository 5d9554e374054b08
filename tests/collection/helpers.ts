// Word cards as the export makes them, for filling a study collection in tests.
import type { WordCard } from '../../src/cards/index.js';

export function word(simplified: string, pinyin: string, pinyinNumbered: string, meaning: string, sentence = ''): WordCard {
  const at = sentence.indexOf(simplified);
  return {
    simplified,
    traditional: simplified,
    pinyin,
    pinyinNumbered,
    definitions: [meaning],
    classifier: '',
    level: 5,
    levelEstimated: false,
    frequencyRank: 1000,
    sentence: sentence
      ? {
          text: sentence,
          tokens: [{ text: sentence, start: 0, end: sentence.length, kind: 'word', pinyin: '' }],
          targetStart: at,
          targetEnd: at + simplified.length,
        }
      : null,
    source: { title: '测试文章', file: 'test.txt' },
  };
}

export const WORDS = [
  word('调研', 'diào yán', 'diao4 yan2', 'to investigate', '他们去农村调研了。'),
  word('绿色', 'lǜ sè', 'lu:4 se4', 'green', '城市需要更多绿色空间。'),
  word('回收', 'huí shōu', 'hui2 shou1', 'to recycle', '电池回收很重要。'),
];
