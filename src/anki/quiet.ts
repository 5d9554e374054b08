/**
 * Keeps library chatter off the user's terminal while an export runs: anki-apkg-export and
 * old sql.js builds log through `console` ("writeStringToMemory is deprecated…") and Node
 * reports deprecations through `process.emitWarning`.
 */
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

export async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const saved = METHODS.map((m) => [m, console[m]] as const);
  const savedEmitWarning = process.emitWarning;
  for (const m of METHODS) console[m] = () => undefined;
  process.emitWarning = (() => undefined) as typeof process.emitWarning;
  try {
    return await work();
  } finally {
    for (const [m, fn] of saved) console[m] = fn;
    process.emitWarning = savedEmitWarning;
  }
}
