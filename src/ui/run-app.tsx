/** Starts the Ink app on articles the CLI has already read. */
import { render } from 'ink';
import type { Analysis, ArticleText, SortOrder } from '../domain/types.js';
import { analyzeArticles } from '../pipeline/index.js';
import type { KnownWords } from '../select/index.js';
import { App } from './App.js';

export interface AppInput {
  articles: ArticleText[];
  level: number;
  known: KnownWords | undefined;
  sort: SortOrder;
  /** Called once the first analysis is done, just before the first frame. */
  onReady?: () => void;
}

export async function runApp({ articles, level, known, sort, onReady }: AppInput): Promise<number> {
  const cache = new Map<number, Analysis>();
  const analyze = (at: number) => {
    if (!cache.has(at)) cache.set(at, analyzeArticles(articles, { level: at, known, sort }));
    return cache.get(at)!;
  };
  // The first analysis loads the dictionary and segmenter; do it before drawing.
  analyze(level);
  onReady?.();
  const app = render(<App analyze={analyze} initialLevel={level} />);
  await app.waitUntilExit();
  return 0;
}
