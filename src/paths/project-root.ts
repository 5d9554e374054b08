/** Where zhcards itself is installed: bundled articles, the built lexicon, package.json. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The nearest folder above this file with our package.json (works from src/ and dist/src/). */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'zhcards') return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('zhcards: cannot find the project root');
    dir = up;
  }
}

/** The bundled sample articles. */
export function articlesDir(): string {
  return join(projectRoot(), 'articles');
}

/** Where decks land when `--out` is not given. */
export function decksDir(): string {
  return join(projectRoot(), 'decks');
}
