/**
 * Worker-thread side of reading in parallel: builds the lexicon over the main thread's shared
 * artefact bytes (no copy) and reads the parts it is sent. It loads no segmenter: jieba's cuts
 * come with each part from the main thread, which holds the process's one nodejieba.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lexiconFromBytes } from '../lexicon/index.js';
import { unpackCuts } from './packed-cuts.js';
import { packRead, type PackedRead } from './packed-read.js';
import { readPart } from './read-sentences.js';
import type { RawSentence } from './sentences.js';

export interface PartRequest {
  id: number;
  part: RawSentence[];
  /** packCuts of jieba's cuts of distinctTexts(part). */
  cuts: Int32Array;
}

export type PartReply = { id: number; packed: PackedRead } | { id: number; error: string };

const lx = lexiconFromBytes(new Uint8Array(workerData.lexicon as SharedArrayBuffer));

parentPort!.on('message', ({ id, part, cuts }: PartRequest) => {
  let reply: PartReply;
  try {
    reply = { id, packed: packRead(readPart(part, lx, unpackCuts(cuts))) };
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies PartReply);
    return;
  }
  parentPort!.postMessage(reply, [reply.packed.ints.buffer]);
});
