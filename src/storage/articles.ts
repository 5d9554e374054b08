/** The articles the learner opened, for the Library's "recent" list; one row per file path. */
import { createHash } from 'node:crypto';
import type { Database } from './open-database.js';

export interface OpenedArticle {
  /** Absolute path. */
  path: string;
  title: string;
  /** SHA-256 (hex) of the article's text, so a changed file can be told from a reopened one. */
  contentHash: string;
  firstOpenedAt: Date;
  lastOpenedAt: Date;
  openCount: number;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Records an opening: a new row, or the same path again with its new title, hash and time. */
export function recordArticleOpened(db: Database, article: { path: string; title: string; contentHash: string }, now: Date): void {
  db.prepare(
    `INSERT INTO articles (path, title, content_hash, first_opened_at, last_opened_at, open_count)
     VALUES (@path, @title, @contentHash, @at, @at, 1)
     ON CONFLICT (path) DO UPDATE SET title = excluded.title, content_hash = excluded.content_hash,
       last_opened_at = excluded.last_opened_at, open_count = open_count + 1`,
  ).run({ ...article, at: now.getTime() });
}

/** Most recently opened first. */
export function recentArticles(db: Database, limit = 20): OpenedArticle[] {
  const rows = db
    .prepare('SELECT path, title, content_hash, first_opened_at, last_opened_at, open_count FROM articles ORDER BY last_opened_at DESC, path LIMIT ?')
    .all(limit) as Array<{ path: string; title: string; content_hash: string; first_opened_at: number; last_opened_at: number; open_count: number }>;
  return rows.map((r) => ({
    path: r.path,
    title: r.title,
    contentHash: r.content_hash,
    firstOpenedAt: new Date(r.first_opened_at),
    lastOpenedAt: new Date(r.last_opened_at),
    openCount: r.open_count,
  }));
}

export function forgetArticle(db: Database, path: string): boolean {
  return db.prepare('DELETE FROM articles WHERE path = ?').run(path).changes > 0;
}
