/**
 * Worker-thread side of reading in parallel: loads the segmenter once, builds the lexicon over
 * the main thread's shared artefact bytes (no copy), and reads the parts it is sent. With each
 * part go the jieba tags of its new words, so the main thread never loads jieba itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lexiconFromBytes } from '../lexicon/index.js';
import { jiebaTag } from '../segment/index.js';
import { readPart, type ReadPart } from './read-sentences.js';
import type { RawSentence } from './sentences.js';
import { taggedForm } from './study-inputs.js';

export interface PartRequest {
  id: number;
  part: RawSentence[];
}

export type PartReply = { id: number; read: ReadPart; tags: [string, string][] } | { id: number; error: string };

const lx = lexiconFromBytes(new Uint8Array(workerData.lexicon as SharedArrayBuffer));
const tagged = new Set<string>();

/** Tags of the word tokens' forms this worker has not sent yet (see study-inputs createPredicateTest). */
function newTags(read: ReadPart): [string, string][] {
  const out: [string, string][] = [];
  for (const s of read.sentences) {
    for (const t of s.tokens) {
      if (t.kind !== 'word') continue;
      const form = taggedForm(t.text, lx);
      if (tagged.has(form)) continue;
      tagged.add(form);
      out.push([form, jiebaTag(form)]);
    }
  }
  return out;
}

parentPort!.on('message', ({ id, part }: PartRequest) => {
  let reply: PartReply;
  try {
    const read = readPart(part, lx);
    reply = { id, read, tags: newTags(read) };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
