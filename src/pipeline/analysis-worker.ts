/**
 * Worker-thread entry: runs an AnalysisSession off the main thread, so the app keeps drawing
 * and reading keys while nodejieba and the dictionary load and the text is analysed.
 */
import { parentPort } from 'node:worker_threads';
import { AnalysisSession } from './analysis-session.js';
import type { WorkerReply, WorkerRequest } from './background-analysis.js';

const session = new AnalysisSession();

async function answer(req: WorkerRequest): Promise<unknown> {
  switch (req.kind) {
    case 'open':
      return session.open(req.open);
    case 'reanalyze':
      return session.reanalyze(req.level, req.notHard);
    case 'levels':
      return session.levels(req.notHard);
    case 'summarize':
      return session.summarize(req.path, req.level, req.notHard, req.levels);
  }
}

// Requests run one at a time, in order: the session's state (the open set) stays consistent.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (req: WorkerRequest) => {
  queue = queue.then(async () => {
    let reply: WorkerReply;
    try {
      reply = { id: req.id, ok: true, value: await answer(req) };
    } catch (e) {
      reply = { id: req.id, ok: false, message: (e as Error)?.message ?? String(e) };
    }
    parentPort!.postMessage(reply);
  });
});
