// `npm run build`: compiles src/ to dist/ and stamps it, so bin/zhcards.js can tell it is fresh.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
rmSync(`${root}dist`, { recursive: true, force: true });
const tsc = `${root}node_modules/typescript/bin/tsc`;
try {
  execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`], { stdio: 'inherit' });
} catch {
  // Never fail an install over this: without the stamp, bin/zhcards.js runs the sources via tsx.
  console.error('zhcards: compiling failed; the sources will run through tsx instead');
  process.exit(0);
}
mkdirSync(`${root}dist`, { recursive: true });
writeFileSync(`${root}dist/.built`, `${new Date(started).toISOString()}\n`);
console.error(`zhcards: compiled to dist/ in ${Date.now() - started} ms`);
