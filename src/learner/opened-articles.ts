/** Notes each article read from a file in the database, for the app's "recently opened" list. */
import { resolve } from 'node:path';
import type { ArticleText } from '../domain/types.js';
import { contentHash, recordArticleOpened, type Database } from '../storage/index.js';

/** Text from stdin has no path to reopen, so it is not recorded. `cwd` resolves relative paths. */
export function recordOpenedArticles(db: Database, articles: readonly ArticleText[], cwd: string, now: Date): number {
  let recorded = 0;
  db.transaction(() => {
    for (const a of articles) {
      if (a.source === '-') continue;
      const text = a.paragraphs.map((p) => p.text).join('\n');
      recordArticleOpened(db, { path: resolve(cwd, a.source), title: a.title, contentHash: contentHash(text) }, now);
      recorded++;
    }
  }).immediate();
  return recorded;
}
