/**
 * Write-then-rename: a reader (or Anki) never sees a half-written deck, a failed export leaves
 * nothing behind, and an existing file is replaced only when we wrote it (or with force).
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../domain/errors.js';

export interface AtomicWriteOptions {
  force?: boolean;
  /** True when `path` holds a file this program wrote and may replace. */
  isOurs: (path: string) => Promise<boolean>;
  /** Shown in the refusal, e.g. "an Anki deck written by zhcards". */
  kind: string;
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  ENOTDIR: 'part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the name is too long',
};

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? '';
}

export function writeError(action: string, path: string, error: unknown): InputError {
  const reason = REASONS[codeOf(error)] ?? (error instanceof Error ? error.message : String(error));
  return new InputError(`Cannot ${action} ${path}: ${reason}.`);
}

const pending = new Set<string>();
const cleanUpOnExit = (): void => {
  for (const tmp of pending) {
    try {
      // Synchronous on purpose: 'exit' handlers cannot await.
      unlinkSync(tmp);
    } catch {
      // gone already
    }
  }
};

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

export async function writeFileAtomic(path: string, data: Buffer | string, opts: AtomicWriteOptions): Promise<void> {
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw writeError('create the output folder', dir, error);
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  if (pending.size === 0) process.on('exit', cleanUpOnExit);
  pending.add(tmp);
  try {
    try {
      const handle = await open(tmp, 'wx', 0o644);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw writeError('write to', dir, error);
    }
    await checkTarget(path, opts);
    try {
      await rename(tmp, path);
    } catch (error) {
      throw writeError('write', path, error);
    }
  } finally {
    await removeQuietly(tmp);
    pending.delete(tmp);
    if (pending.size === 0) process.off('exit', cleanUpOnExit);
  }
}

async function checkTarget(path: string, opts: AtomicWriteOptions): Promise<void> {
  const existing = await lstat(path).catch((error: unknown) => {
    if (codeOf(error) === 'ENOENT') return null;
    throw writeError('check', path, error);
  });
  if (!existing) return;
  if (existing.isDirectory()) throw new InputError(`Cannot write ${path}: it is a folder.`);
  if (!opts.force && !(existing.isFile() && (await opts.isOurs(path)))) {
    throw new InputError(`${path} already exists and is not ${opts.kind}; not overwriting it (use --force to replace it).`);
  }
}
