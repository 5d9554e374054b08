/**
 * Starts one of this folder's worker modules: compiled builds import the .js module; sources
 * (tests, tsx) register tsx in the worker first, so the .ts module runs as it is.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** tsx's ESM entry (require.resolve finds its CommonJS twin next to it). */
function tsxApi(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
}

export function startPipelineWorker(name: 'read-worker' | 'cut-worker', workerData?: unknown): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const url = new URL(`./${name}.${fromSources ? 'ts' : 'js'}`, import.meta.url).href;
  const load = `import(${JSON.stringify(url)})`;
  const code = fromSources ? `import(${JSON.stringify(tsxApi())}).then((m) => m.register()).then(() => ${load})` : load;
  return new Worker(code, { eval: true, workerData });
}
