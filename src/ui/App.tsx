/**
 * The app: Library → Level / Words / Reading / Sentences → Export, with a help bar always
 * showing the current keys. The first frame draws at once; the engine answers in the
 * background (see pipeline/backgroundService) and the screens fill in.
 */
import { Box, Text, useApp, useInput } from 'ink';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CardKind } from '../cards/index.js';
import type { SortOrder } from '../domain/types.js';
import type { LearnerStore } from '../learner/index.js';
import { levelName } from '../levels/index.js';
import type { AnalysisService } from '../pipeline/index.js';
import { truncateToWidth } from '../text/index.js';
import { currentScreen, type Screen } from './app-state.js';
import { ExportScreen } from './ExportScreen.js';
import { handleKey, type KeyContext } from './handle-key.js';
import { APP_KEYS, HELP_BAR, LEVEL_LABELS } from './help-text.js';
import { splitKeyPresses } from './key-presses.js';
import { LevelScreen } from './LevelScreen.js';
import { LibraryScreen, type LibraryRow } from './LibraryScreen.js';
import { ReadingScreen } from './ReadingScreen.js';
import { runAppExport } from './run-app-export.js';
import { SentencesScreen } from './SentencesScreen.js';
import { StatsView } from './StatsView.js';
import { useController } from './use-controller.js';
import { useStudyEntry } from './use-study-entry.js';
import { useSpinner, useTerminalSize, type TerminalSize } from './use-terminal.js';
import { WordDetail } from './WordDetail.js';
import { WordList } from './WordList.js';

export const MIN_SIZE: TerminalSize = { columns: 80, rows: 24 };

export interface AppProps {
  service: AnalysisService;
  learner: LearnerStore;
  /** Articles to open at start; null opens the Library. */
  inputs: string[] | null;
  /** With `inputs`: the Library lies under the article (the default sample opened by `zhcards`). */
  libraryUnder?: boolean;
  encoding?: string | null;
  knownFile?: string | null;
  /** The level system: hsk2 (default), hsk3, freq or a list file's path. */
  levels?: string;
  level: number;
  sort: SortOrder;
  cards: readonly CardKind[];
  articlesDir: string;
  decksDir: string;
  cwd: string;
  now?: () => Date;
  /** Tests fix the size; the real app follows the terminal. */
  size?: TerminalSize;
  /** The Library's Study entry (issue 10 plugs "Study (N due)" in here). */
  study?: ReactNode;
  /** `npm run bench`: told when the first frame is drawn and when the word list is usable. */
  onMilestone?: (name: 'first-frame' | 'words-ready') => void;
}

const TABS: Array<[string, Screen, string]> = [
  ['0', 'library', 'Library'],
  ['1', 'words', 'Words'],
  ['2', 'reading', 'Reading'],
  ['3', 'sentences', 'Sentences'],
  ['4', 'level', 'Level'],
  ['5', 'export', 'Export'],
];

function bundledArticles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => /\.(txt|md|html?|srt|vtt)$/.test(f) && !/^readme\./i.test(f)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export function App(p: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize(p.size);
  const c = useController({ ...p, encoding: p.encoding ?? null, knownFile: p.knownFile ?? null });
  const { state, analysis } = c;
  const screen = currentScreen(state);
  const spinner = useSpinner(c.busy !== null || (screen === 'level' && !c.levelRows) || c.exportStatus.phase === 'writing');
  const [choices, setChoices] = useState<string[]>([]);
  const libraryRows = useMemo<LibraryRow[]>(() => {
    const samples = bundledArticles(p.articlesDir);
    const recent = p.learner.recent().filter((path) => !samples.includes(path));
    return [...recent.map((path) => ({ path, group: 'recent' as const })), ...samples.map((path) => ({ path, group: 'articles' as const }))];
  }, [p.articlesDir, c.inputs]);
  const bodyHeight = size.rows - 5;
  const width = size.columns - 1;

  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);
  useEffect(() => p.onMilestone?.('first-frame'), []);
  const hadWords = useRef(false);
  useEffect(() => {
    if (analysis && !hadWords.current) {
      hadWords.current = true;
      p.onMilestone?.('words-ready');
    }
  }, [analysis]);

  // Library rows' numbers, one article at a time in the background, while the Library shows.
  const asking = useRef<string | null>(null);
  useEffect(() => {
    if (screen !== 'library' || asking.current) return;
    const next = libraryRows.find((r) => !c.summaries.has(r.path));
    if (!next) return;
    asking.current = next.path;
    const done = (v: NonNullable<ReturnType<typeof c.summaries.get>>) => {
      asking.current = null;
      c.setSummaries((m) => new Map(m).set(next.path, v));
    };
    p.service.summarize(next.path, state.level, p.learner.notHard(), p.levels).then(done, (e: Error) => done({ error: e.message }));
  }, [screen, libraryRows, c.summaries, state.level]);

  const exportNow = () =>
    runAppExport(c, { inputs: c.inputs, decksDir: p.decksDir, cwd: p.cwd, now: p.now ?? (() => new Date()), db: p.learner.db });

  // Ink re-subscribes its input handler in an effect, after the frame is drawn; keys typed in
  // between must still see this render's data, so the handler reads it from a ref.
  const keyContext = useRef<KeyContext | null>(null);
  keyContext.current = { c, libraryRows, page: bodyHeight, width, cwd: p.cwd, setChoices, runExport: exportNow };
  const clock = p.now ?? (() => new Date());
  const study = useStudyEntry(p.learner.db, screen === 'library', clock);
  useInput(
    (input, key) => {
      // The Library's Study entry: s opens the review screen, which then owns the keys.
      if (input === 's' && screen === 'library' && state.editing === null && !state.confirmQuit && p.learner.db) return study.open();
      for (const press of splitKeyPresses(input, key)) handleKey(press, keyContext.current!);
    },
    { isActive: !study.Screen },
  );

  if (size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows) return <Text>terminal too small (need 80×24)</Text>;
  if (study.Screen && p.learner.db) return <study.Screen db={p.learner.db} deck={null} now={() => clock().getTime()} onExit={study.close} />;

  const words = c.words();
  const selected = c.selected().length;
  const title = analysis ? analysis.articles.map((a) => a.title).join(' · ') : 'zhcards';
  const hard = c.candidates().length;
  const scale = c.scale();
  const status = analysis ? `${levelName(state.level, scale)} · ${selected} of ${hard} hard words selected` : levelName(state.level, scale);
  const bar = state.confirmQuit
    ? 'Your selection is not exported. Quit anyway? y quits · n stays'
    : state.confirmMarkAll !== null
      ? `Mark all ${state.confirmMarkAll} remaining hard words known? y/n`
    : state.editing
      ? `type · Enter done · Esc cancel${state.editing === 'path' ? ' · Tab completes' : ''}`
      : HELP_BAR[screen];

  let body: ReactNode;
  if (screen === 'help') body = <Text>{`${APP_KEYS}\n\n${LEVEL_LABELS}`}</Text>;
  else if (screen === 'library')
    body = (
      <LibraryScreen
        rows={libraryRows}
        cursor={Math.min(state.cursor.library, Math.max(0, libraryRows.length - 1))}
        marked={state.marked}
        summaries={c.summaries}
        level={state.level}
        prompt={{ editing: state.editing === 'path', text: state.text.path, choices }}
        width={width}
        height={bodyHeight}
        study={p.study ?? studyLine(study.counts, p.learner.db !== null)}
      />
    );
  else if (!analysis) body = <Text>{c.busy ? `${spinner} loading the dictionary and segmenter…` : 'No article open: 0 goes to the Library.'}</Text>;
  else if (screen === 'level' && state.detail) body = <StatsView analysis={analysis} scale={scale} />;
  else if (screen === 'level') body = <LevelScreen rows={c.levelRows} scale={scale} cursor={state.cursor.level} level={state.level} spinner={spinner} />;
  else if (screen === 'words') {
    const cursor = Math.min(state.cursor.words, Math.max(0, words.length - 1));
    const filterLine = state.editing === 'filter' || state.text.filter ? `filter: ${state.text.filter}${state.editing === 'filter' ? '▏' : ''} (${words.length} match)` : `sorted by ${state.sort}`;
    body = state.detail ? (
      <WordDetail item={words[cursor]} analysis={analysis} width={width} height={bodyHeight} />
    ) : (
      <Box flexDirection="column">
        <Text dimColor>{filterLine}</Text>
        <WordList items={words} cursor={cursor} excluded={state.excluded} height={bodyHeight - 1} width={width} />
      </Box>
    );
  } else if (screen === 'reading') body = <ReadingScreen analysis={analysis} words={words} cursor={state.cursor.reading} excluded={state.excluded} width={width} height={bodyHeight} />;
  else if (screen === 'sentences')
    body = <SentencesScreen analysis={analysis} cursor={Math.min(state.cursor.sentences, Math.max(0, analysis.studySentences.length - 1))} included={state.sentences} width={width} height={bodyHeight} />;
  else body = <ExportScreen {...exportProps(c, state, p, width)} spinner={spinner} />;

  return (
    <Box flexDirection="column" width={size.columns} height={size.rows - 1}>
      <Text wrap="truncate">
        <Text bold>{truncateToWidth(title, Math.max(10, width - status.length - 4))}</Text> · {status} {c.busy ? spinner : ''}
      </Text>
      <Text wrap="truncate">
        {TABS.map(([k, s, name]) => (
          <Text key={s} inverse={s === screen}>{` ${k} ${name} `}</Text>
        ))}
        <Text inverse={screen === 'help'}> ? Help </Text>
      </Text>
      <Box height={bodyHeight} overflow="hidden" flexDirection="column">
        {body}
      </Box>
      <Text wrap="truncate">{c.message ?? (c.busy ? `${spinner} ${c.busy}…` : ' ')}</Text>
      <Text dimColor wrap="truncate">
        {bar}
      </Text>
    </Box>
  );
}

/** The Study entry above the articles: cards due now, and the key that opens them. */
function studyLine(counts: { due: number; new: number } | null, hasDb: boolean): ReactNode {
  if (!hasDb) return <Text dimColor>Study: off (--no-db)</Text>;
  return (
    <Text>
      <Text bold>Study</Text> {counts ? `${counts.due} due · ${counts.new} new today` : 'counting…'} <Text dimColor>· s starts</Text>
    </Text>
  );
}

function exportProps(c: ReturnType<typeof useController>, state: ReturnType<typeof useController>['state'], p: AppProps, width: number) {
  const a = c.analysis!;
  const deckPlaceholder = a.articles[0] ? `from the headline: ${a.articles[0].title}` : '';
  return {
    cursor: state.cursor.export,
    deck: { value: state.text.deck, placeholder: deckPlaceholder, editing: state.editing === 'deck' },
    out: { value: state.text.out, placeholder: `${resolve(p.decksDir)}/<deck>.apkg`, editing: state.editing === 'out' },
    cards: state.cards,
    sentenceCards: state.sentenceCards,
    words: c.selected().length,
    sentences: state.sentences.size,
    status: c.exportStatus,
    width,
  };
}
