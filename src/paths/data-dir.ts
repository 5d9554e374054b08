/**
 * Where the learner's own data lives (the database), kept apart from the install so an
 * upgrade or a fresh checkout never loses it. The environment is an argument: only the CLI
 * reads process.env, and tests point ZHCARDS_HOME at a temporary folder.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

export const DATABASE_FILE = 'zhcards.db';

/** `$ZHCARDS_HOME`, else the platform's per-user data folder + `zhcards`. */
export function dataDir(env: Env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.ZHCARDS_HOME) return env.ZHCARDS_HOME;
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'zhcards');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'zhcards');
  // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'zhcards');
}

export function databasePath(env: Env, platform?: NodeJS.Platform, home?: string): string {
  return join(dataDir(env, platform, home), DATABASE_FILE);
}
