/**
 * Starts the Ink app. The first frame is drawn before anything heavy loads: the analysis runs
 * in a worker thread (pipeline/backgroundService), the learner database is opened here.
 */
import { appendFileSync } from 'node:fs';
import { render } from 'ink';
import type { CardKind } from '../cards/index.js';
import type { SortOrder } from '../domain/types.js';
import { learnerStore } from '../learner/index.js';
// Straight from its module: the pipeline's index would load the whole engine on this thread.
import { backgroundService } from '../pipeline/background-analysis.js';
import type { Database } from '../storage/index.js';
import { App } from './App.js';
import { ColorDepthContext } from './colors.js';
import { colorDepthFor } from './tone-colors.js';

export interface AppInput {
  /** Articles to open at once; empty opens the Library. */
  inputs: string[];
  /** The inputs are the default sample, not the learner's choice: the Library lies under them. */
  libraryUnder: boolean;
  encoding: string | null;
  knownFile: string | null;
  /** The level system spec (hsk2, hsk3, freq or a list file): the analysis worker builds it. */
  levels: string;
  level: number;
  sort: SortOrder;
  cards: readonly CardKind[];
  /** The learner database, or null for `--no-db`. */
  db: Database | null;
  articlesDir: string;
  decksDir: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export async function runApp(input: AppInput): Promise<number> {
  const service = backgroundService();
  const depth = colorDepthFor(input.env, process.stdout);
  const marks = input.env.ZHCARDS_BENCH_MARKS;
  // Milliseconds since the process started (performance.now's origin), for `npm run bench`.
  const onMilestone = marks ? (name: string) => appendFileSync(marks, `${name} ${performance.now()}\n`) : undefined;
  const app = render(
    <ColorDepthContext.Provider value={depth}>
      <App
        service={service}
        learner={learnerStore(input.db)}
        inputs={input.inputs.length ? input.inputs : null}
        libraryUnder={input.libraryUnder}
        encoding={input.encoding}
        knownFile={input.knownFile}
        levels={input.levels}
        level={input.level}
        sort={input.sort}
        cards={input.cards}
        articlesDir={input.articlesDir}
        decksDir={input.decksDir}
        cwd={input.cwd}
        onMilestone={onMilestone}
      />
    </ColorDepthContext.Provider>,
    { exitOnCtrlC: false },
  );
  try {
    await app.waitUntilExit();
  } finally {
    service.close();
  }
  return 0;
}
