#!/usr/bin/env node
// Runs the compiled build (dist/, made on install by `npm run build`) when it is at least as
// new as every source file; otherwise runs the TypeScript sources through tsx, so an edit
// never runs stale code. Compiled start-up is about half a second faster.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = `${root}dist/.built`;

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource(`${root}src`)) {
  await import('../dist/src/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
