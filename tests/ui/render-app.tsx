/** Renders the App as the UI tests need it: in-process engine, a memory database, a fixed clock. */
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { DEFAULT_CARD_KINDS } from '../../src/cards/index.js';
import { learnerStore } from '../../src/learner/index.js';
import { inProcessService } from '../../src/pipeline/index.js';
import { openMemoryDatabase, type Database } from '../../src/storage/index.js';
import { App, type AppProps } from '../../src/ui/App.js';
import { root, waitFor } from './helpers.js';
// The App imports these lazily (due counts on the Library, the study screen); loaded here first,
// so no test can end while such an import is still loading, which vitest reports as an error.
import '../../src/collection/index.js';
import '../../src/ui/study/index.js';

export const TEST_NOW = new Date('2026-03-01T10:00:00Z');

/** `decksDir` is where exports land; `db` defaults to a fresh in-memory learner database. */
export function renderApp(props: Partial<AppProps> & { decksDir: string; db?: Database }) {
  const { db = openMemoryDatabase(), ...rest } = props;
  const app = render(
    <App
      service={inProcessService()}
      learner={learnerStore(db, () => TEST_NOW)}
      inputs={null}
      level={3}
      sort="useful"
      cards={DEFAULT_CARD_KINDS}
      articlesDir={join(root, 'tests', 'fixtures', 'ui')}
      cwd={root}
      size={{ columns: 100, rows: 30 }}
      {...rest}
    />,
  );
  return { ...app, db, frame: (matches: (f: string) => boolean) => waitFor(app.lastFrame, matches) };
}
