/**
 * The AnalysisService in a worker thread. Under the TypeScript sources (tsx, vitest) the
 * worker registers tsx first; the compiled build loads the .js worker directly.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Analysis } from '../domain/types.js';
import type { AnalysisService, ArticleSummary, LevelRow, Opened, OpenRequest } from './analysis-session.js';

type Request =
  | { kind: 'open'; open: OpenRequest }
  | { kind: 'reanalyze'; level: number; notHard: readonly string[] }
  | { kind: 'levels'; notHard: readonly string[] }
  | { kind: 'summarize'; path: string; level: number; notHard: readonly string[]; levels?: string };
export type WorkerRequest = Request & { id: number };
export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

function startWorker(): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = new URL(`./analysis-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSources) return new Worker(entry);
  // From tsx's own folder: its exports map differs between the require and import conditions.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}

export function backgroundService(): AnalysisService {
  const worker = startWorker();
  // The worker must never keep the process alive on its own.
  worker.unref();
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.on('message', (reply: WorkerReply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) w?.resolve(reply.value);
    else w?.reject(new Error(reply.message));
  });
  worker.on('error', (e) => {
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  });
  const ask = <T>(req: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...req, id });
    });
  return {
    open: (open) => ask<Opened>({ kind: 'open', open }),
    reanalyze: (level, notHard) => ask<Analysis>({ kind: 'reanalyze', level, notHard }),
    levels: (notHard) => ask<LevelRow[]>({ kind: 'levels', notHard }),
    summarize: (path, level, notHard, levels) => ask<ArticleSummary>({ kind: 'summarize', path, level, notHard, levels }),
    close: () => void worker.terminate(),
  };
}
