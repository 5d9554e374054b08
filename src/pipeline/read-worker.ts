/**
 * Worker-thread side of reading in parallel: loads the segmenter once, builds the lexicon over
 * the main thread's shared artefact bytes (no copy), and reads the parts it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lexiconFromBytes } from '../lexicon/index.js';
import { readPart } from './read-sentences.js';
import type { RawSentence } from './sentences.js';

export interface PartRequest {
  id: number;
  part: RawSentence[];
}

export type PartReply = { id: number; read: ReturnType<typeof readPart> } | { id: number; error: string };

const lx = lexiconFromBytes(new Uint8Array(workerData.lexicon as SharedArrayBuffer));

parentPort!.on('message', ({ id, part }: PartRequest) => {
  let reply: PartReply;
  try {
    reply = { id, read: readPart(part, lx) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
