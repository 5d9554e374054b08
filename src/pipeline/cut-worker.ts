/**
 * Worker-thread side of cutting ahead: this thread holds the process's one nodejieba, loaded when
 * the main thread says so (while it reflows the input and loads the lexicon), and cuts the
 * simplified sentences it is sent. It also works out pinyin-pro's reading of each (the main thread
 * asks for it for most sentences, and this thread is otherwise idle); the main thread does all
 * the rest of reading.
 */
import { parentPort } from 'node:worker_threads';
// Only what cutting needs, not the segment folder's index (twice the modules): the thread starts sooner.
import { jiebaCutsOf } from '../segment/cuts.js';
import { loadSegmenter } from '../segment/jieba.js';
import { packContexts, type PackedContexts } from './packed-contexts.js';
import { packCuts } from './packed-cuts.js';

/** `load` starts loading nodejieba (the main thread sends it once the inputs are checked); `cut` asks for a batch. */
export type CutRequest =
  | { kind: 'load' }
  | {
      kind: 'cut';
      id: number;
      /** Simplified copies of the sentences (see simplifiedCopies). */
      simps: string[];
    };

export type CutReply = { id: number; cuts: Int32Array; contexts: PackedContexts } | { id: number; error: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

let failure: string | undefined;
function load(): void {
  try {
    loadSegmenter();
  } catch (e) {
    failure = `the segmenter did not load: ${message(e)}`;
  }
}

parentPort!.on('message', (request: CutRequest) => {
  if (request.kind === 'load') return load();
  const { id, simps } = request;
  let cuts: Int32Array<ArrayBuffer>;
  let contexts: PackedContexts;
  try {
    load();
    if (failure !== undefined) throw new Error(failure);
    cuts = packCuts(jiebaCutsOf(simps));
    contexts = packContexts(simps);
  } catch (e) {
    parentPort!.postMessage({ id, error: message(e) } satisfies CutReply);
    return;
  }
  parentPort!.postMessage({ id, cuts, contexts } satisfies CutReply, [cuts.buffer, contexts.codes.buffer, contexts.starts.buffer]);
});
