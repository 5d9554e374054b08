/** Starts the study screen in the terminal on an open learner database. */
import { render } from 'ink';
import type { Database } from '../../storage/index.js';
import { StudyApp } from './StudyApp.js';

export interface StudyRun {
  db: Database;
  deck: string | null;
  now: () => number;
  exitAfterFirstFrame?: boolean;
}

export async function runStudyApp({ db, deck, now, exitAfterFirstFrame }: StudyRun): Promise<number> {
  const app = render(<StudyApp db={db} deck={deck} now={now} exitAfterFirstFrame={exitAfterFirstFrame} />, { exitOnCtrlC: false });
  await app.waitUntilExit();
  return 0;
}
