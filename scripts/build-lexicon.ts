/** `npm run build:lexicon` (also run on install): compiles the lexicon artefact. */
import { statSync } from 'node:fs';
import { writeArtefact } from '../src/lexicon/build.js';

const started = performance.now();
const path = writeArtefact();
const mb = (statSync(path).size / 1e6).toFixed(1);
console.error(`zhcards: lexicon built (${mb} MB) in ${Math.round(performance.now() - started)} ms → ${path}`);
