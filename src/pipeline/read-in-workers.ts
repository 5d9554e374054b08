/**
 * Reads the parts of a long input on every core: a pool of worker threads, each with a lexicon
 * over one shared copy of the artefact bytes and no segmenter of its own. This thread holds the
 * process's one nodejieba (≈ 300 MB and 1.3–3 s to load), cuts each part just before sending it,
 * and the workers do the rest of reading: names, dictionary splitting, pinyin in context. This
 * thread reads parts too, between the workers' replies. Parts are whole articles (very long ones
 * cut between sentences, see readingParts), so each worker gives exactly what the
 * single-threaded readPart gives; results are placed back by sentence index.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ZhcardsError } from '../domain/errors.js';
import { artefactPath, loadLexicon } from '../lexicon/index.js';
import { jiebaCuts, loadSegmenter } from '../segment/index.js';
import { packCuts } from './packed-cuts.js';
import { unpackRead } from './packed-read.js';
import { startPipelineWorker } from './start-worker.js';
import { distinctTexts, partChars, placePart, readPart, type ReadPart, type ReadSentences } from './read-sentences.js';
import type { PartReply } from './read-worker.js';
import { readingParts, type RawSentence } from './sentences.js';

export interface ParallelReadOptions {
  /** Worker threads to start (default DEFAULT_WORKERS, at most one per part). */
  workers?: number;
  /** Called after each part with the characters read so far and in all. */
  onProgress?: (done: number, total: number) => void;
  /** Parts of this many characters (default PART_CHARS); tests make it small. */
  partChars?: number;
  /** Each part as it arrives, in any order: this thread works ahead on it while the workers read on. */
  onPart?: (read: ReadPart) => void;
}

let shared: SharedArrayBuffer | undefined;

/** The artefact read once into shared memory: every worker's lexicon is a view of these bytes. */
function sharedArtefact(): SharedArrayBuffer {
  if (shared) return shared;
  loadLexicon(); // checks (and if needed rebuilds) the artefact before workers trust it
  const fd = openSync(artefactPath(), 'r');
  try {
    const size = fstatSync(fd).size;
    const sab = new SharedArrayBuffer(size);
    const view = new Uint8Array(sab);
    for (let done = 0; done < size; ) {
      const n = readSync(fd, view, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    return (shared = sab);
  } finally {
    closeSync(fd);
  }
}

/**
 * Workers when none are asked for: none. Measured on the 2-core machine this project is built
 * on (2 MB bench text, 4 alternating runs each, medians): this thread alone 10.7 s and 14.3 s
 * CPU; with one worker 11.3 s, 18.6 s CPU; with two 12.7 s, 22.1 s CPU. Its two cores give
 * allocation-heavy work about 1.4× at best (two copies of a plain allocation loop at once each
 * take 1.4–1.5× as long; a pure arithmetic loop takes no longer), less than splitting, packing
 * and a second JIT warm-up cost. ZHCARDS_WORKERS=N asks for N.
 */
export const DEFAULT_WORKERS = 0;

export async function readSentencesInWorkers(raw: readonly RawSentence[], options: ParallelReadOptions = {}): Promise<ReadSentences> {
  const parts = readingParts(raw, options.partChars);
  const total = parts.reduce((n, p) => n + partChars(p), 0);
  const count = Math.max(1, Math.min(options.workers ?? DEFAULT_WORKERS, parts.length));
  const lexicon = sharedArtefact();
  const lx = loadLexicon();
  const out: ReadSentences = { sentences: [], numbered: [] };
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: count }, () => startPipelineWorker('read-worker', { lexicon }));
  // The workers start up while this thread loads the segmenter that cuts for them all.
  loadSegmenter();
  const place = (id: number, read: ReadPart) => {
    placePart(out, read);
    options.onPart?.(read);
    done += partChars(parts[id]!);
    options.onProgress?.(done, total);
  };
  // This thread reads parts too, one at a time, letting the workers' replies in between.
  const own = async () => {
    while (next < parts.length) {
      await new Promise((r) => setImmediate(r));
      if (next >= parts.length) break;
      const id = next++;
      place(id, readPart(parts[id]!, lx));
    }
  };
  try {
    await Promise.all([
      own(),
      ...workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Two parts in flight: the worker never waits while this thread handles its last reply.
            let inFlight = 0;
            const send = () => {
              if (next >= parts.length) return;
              const id = next++;
              inFlight++;
              const cuts = packCuts(jiebaCuts(distinctTexts(parts[id]!), lx));
              worker.postMessage({ id, part: parts[id], cuts }, [cuts.buffer]);
            };
            worker.on('message', (reply: PartReply) => {
              if ('error' in reply) return reject(new ZhcardsError(`analysis failed: ${reply.error}`));
              inFlight--;
              send();
              try {
                place(reply.id, unpackRead(parts[reply.id]!, reply.packed));
              } catch (e) {
                return reject(e);
              }
              if (inFlight === 0) resolve();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => (inFlight > 0 || code !== 0 ? reject(new ZhcardsError(`analysis worker stopped (exit ${code})`)) : undefined));
            send();
            send();
            if (inFlight === 0) resolve();
          }),
      ),
    ]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
