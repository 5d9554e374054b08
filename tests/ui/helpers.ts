/** Shared by the UI tests: ANSI stripping and waiting for a frame (polling, never a fixed sleep). */
import { join } from 'node:path';

export const strip = (s: string | undefined) => (s ?? '').replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
export const root = join(import.meta.dirname, '..', '..');
export const fixture = (name: string) => join(root, 'tests', 'fixtures', 'ui', name);

/** Polls `read` until `matches` holds; fails with the last frame after `timeoutMs`. */
export async function waitFor(read: () => string | undefined, matches: (frame: string) => boolean, timeoutMs = 12_000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const frame = strip(read());
    if (matches(frame)) return frame;
    if (Date.now() - start > timeoutMs) throw new Error(`no matching frame after ${timeoutMs} ms; last frame:\n${frame}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const KEYS = { up: '\u001B[A', down: '\u001B[B', enter: '\r', escape: '\u001B', backspace: '\u007F', tab: '\t' };
