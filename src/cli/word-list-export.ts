/**
 * `zhcards known export [--format list|pleco] [--out FILE]`: the list as plain words or as
 * Pleco flashcard text (`简[繁]<TAB>pinyin<TAB>definition`), to stdout or a file written
 * atomically (temp file, then rename), so a failed write never leaves half a list.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../domain/errors.js';
import type { Command } from './args.js';
import type { CliIo } from './io.js';
import { plural } from '../text/plural.js';

/** One Pleco line; a word the dictionary lacks keeps its cell alone (Pleco looks it up). */
async function plecoLines(words: readonly string[]): Promise<string[]> {
  const [{ loadLexicon }, { numberedToMarks }] = await Promise.all([import('../lexicon/index.js'), import('../notation/index.js')]);
  const lx = loadLexicon();
  return words.map((w) => {
    const e = lx.lookup(w).find((x) => x.simplified === w) ?? lx.lookup(w)[0];
    if (!e) return w;
    const head = e.traditional !== e.simplified ? `${e.simplified}[${e.traditional}]` : e.simplified;
    // A tab or newline inside a sense would break the line apart.
    return `${head}\t${numberedToMarks(e.pinyin)}\t${e.senses.slice(0, 3).join('; ').replace(/[\t\r\n]+/g, ' ')}`;
  });
}

export async function exportWordList(words: readonly string[], cmd: Extract<Command, { name: 'known' | 'ignored' }>, io: CliIo): Promise<number> {
  const lines = cmd.format === 'pleco' ? await plecoLines(words) : [...words];
  const text = lines.length ? `${lines.join('\n')}\n` : '';
  if (cmd.out === null) {
    io.stdout.write(text);
    return 0;
  }
  const path = resolve(io.cwd, cmd.out);
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new InputError(`cannot write ${cmd.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  io.stdout.write(`Wrote ${plural(words.length, cmd.name === 'known' ? 'known word' : 'ignored word')} to ${cmd.out}.\n`);
  return 0;
}
