/** Database failures as one-line errors that name the file, so the learner knows what to check. */
import { ZhcardsError } from '../domain/errors.js';

/** The database cannot be used (corrupt, newer schema, not ours). Exit 3; the file is left as it is. */
export class StorageError extends ZhcardsError {
  constructor(message: string) {
    super(message, 3);
  }
}

const CORRUPT_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_INDEX']);

/** A better-sqlite3 error → StorageError naming the file; other errors pass through unchanged. */
export function storageError(e: unknown, path: string): unknown {
  const code = (e as { code?: string }).code ?? '';
  if (CORRUPT_CODES.has(code)) return new StorageError(`the database ${path} is damaged (${(e as Error).message}); it was left untouched — move it away to start a new one`);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new StorageError(`cannot open the database ${path}: ${(e as Error).message}`);
  }
  if (code === 'SQLITE_BUSY') return new StorageError(`the database ${path} is busy (another zhcards is writing); try again`);
  return e;
}
