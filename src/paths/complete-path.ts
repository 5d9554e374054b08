/** Tab completion for a typed path: the longest common continuation among matching entries. */
import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

export interface Completion {
  /** The typed text, completed as far as it is unambiguous (a folder gets its trailing /). */
  text: string;
  /** Every entry that still matches (names only), for showing the choices. */
  choices: string[];
}

export function completePath(typed: string, cwd: string): Completion {
  const expanded = typed.startsWith('~/') ? join(homedir(), typed.slice(2)) : typed;
  const endsInSlash = typed === '' || typed.endsWith('/');
  const dir = resolve(cwd, endsInSlash ? expanded || '.' : dirname(expanded));
  const stem = endsInSlash ? '' : basename(expanded);
  let entries: Array<{ name: string; folder: boolean }>;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
  } catch {
    return { text: typed, choices: [] };
  }
  const matches = entries.filter((e) => e.name.startsWith(stem) && (stem.startsWith('.') || !e.name.startsWith('.'))).sort((a, b) => a.name.localeCompare(b.name));
  if (matches.length === 0) return { text: typed, choices: [] };
  let common = matches[0]!.name;
  for (const m of matches) while (!m.name.startsWith(common)) common = common.slice(0, -1);
  const suffix = matches.length === 1 && matches[0]!.folder ? '/' : '';
  return { text: typed + common.slice(stem.length) + suffix, choices: matches.map((m) => m.name + (m.folder ? '/' : '')) };
}
