/**
 * nodejieba on a thread of its own, for reading a long input on both cores: loading it takes
 * 1–3 s of one core and cutting a few hundred ms per MB, while everything else of reading (names,
 * dictionary splitting, pinyin in context) runs on the main thread. Started before the input is
 * read and told to load once the inputs are checked, the load overlaps the reflow of the input
 * and loading the lexicon; then each part is cut while the main
 * thread reads the one before. The worker never keeps the process alive while nothing is asked.
 */
import type { Worker } from 'node:worker_threads';
import { ZhcardsError } from '../domain/errors.js';
import type { CutReply, CutRequest } from './cut-worker.js';
import type { PackedContexts } from './packed-contexts.js';
import { unpackCuts } from './packed-cuts.js';
import { startPipelineWorker } from './start-worker.js';

/** What the cutter gives for a batch of sentences: jieba's cuts and pinyin-pro's readings of each. */
export interface CutBatch {
  cuts: number[][];
  contexts: PackedContexts;
}

interface Waiting {
  resolve: (batch: CutBatch) => void;
  reject: (e: Error) => void;
}

export class CutterThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private stopped: Error | undefined;

  constructor() {
    this.worker = startPipelineWorker('cut-worker');
    this.worker.unref();
    this.worker.on('message', (reply: CutReply) => {
      const w = this.waiting.get(reply.id);
      if (!w) return;
      this.settled(reply.id);
      if ('error' in reply) w.reject(new ZhcardsError(`analysis failed: ${reply.error}`));
      else w.resolve({ cuts: unpackCuts(reply.cuts), contexts: reply.contexts });
    });
    this.worker.on('error', (e) => this.stop(new ZhcardsError(`analysis failed: ${e.message}`)));
    this.worker.on('exit', (code) => this.stop(new ZhcardsError(`the segmenter thread stopped (exit ${code})`)));
  }

  /**
   * Starts loading nodejieba (1–3 s, which no one can interrupt), so that it is ready by the
   * first cut; until then the thread has only started, and closing it is instant.
   */
  load(): void {
    if (!this.stopped) this.worker.postMessage({ kind: 'load' } satisfies CutRequest);
  }

  /** jieba's cuts of each simplified sentence (see jiebaCutsOf) and pinyin-pro's readings (see packContexts), in order. */
  cut(simps: string[]): Promise<CutBatch> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    // Keeps the process alive only while an answer is awaited.
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ kind: 'cut', id, simps } satisfies CutRequest);
    });
  }

  async close(): Promise<void> {
    this.stopped ??= new ZhcardsError('the segmenter thread was closed');
    await this.worker.terminate();
  }

  private settled(id: number): void {
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
  }

  private stop(e: Error): void {
    this.stopped ??= e;
    for (const [id, w] of this.waiting) {
      this.settled(id);
      w.reject(this.stopped);
    }
  }
}
