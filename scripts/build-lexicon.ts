/** `npm run build:lexicon` (also run on install): compiles and checks the lexicon artefact. */
import { readFileSync, statSync } from 'node:fs';
import { sourceVersions, writeArtefact } from '../src/lexicon/build.js';
import { validateArtefact } from '../src/lexicon/load.js';

const started = performance.now();
const path = writeArtefact(process.argv[2]);
const problems = validateArtefact(readFileSync(path), sourceVersions());
if (problems.length) {
  console.error(`zhcards: lexicon artefact ${path} is invalid: ${problems.join('; ')}`);
  process.exit(1);
}
const mb = (statSync(path).size / 1e6).toFixed(1);
console.error(`zhcards: lexicon built (${mb} MB) in ${Math.round(performance.now() - started)} ms → ${path}`);
