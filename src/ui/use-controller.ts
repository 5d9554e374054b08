/**
 * The app's controller: the reducer state, the engine's answers (analysis, level rows, article
 * summaries) and the side effects of actions (database marks, re-analysis, export). Keys are
 * applied one at a time against the latest state, so a fast burst loses none.
 */
import { useEffect, useRef, useState } from 'react';
import type { CardKind } from '../cards/index.js';
import type { Analysis, SortOrder } from '../domain/types.js';
import type { LearnerStore, MarkKnownUndo } from '../learner/index.js';
import type { AnalysisService, LevelRow } from '../pipeline/index.js';
import { initialState, reduce, removedWords, type Action, type AppState } from './app-state.js';
import type { ExportStatus } from './ExportScreen.js';
import { appScale } from './level-scale.js';
import type { SummaryState } from './LibraryScreen.js';
import { visibleWords } from './word-list-view.js';

export interface ControllerOptions {
  service: AnalysisService;
  learner: LearnerStore;
  inputs: string[] | null;
  encoding: string | null;
  knownFile: string | null;
  /** The level system spec (`--levels`, saved setting): the worker rebuilds the system from it. */
  levels?: string;
  level: number;
  sort: SortOrder;
  cards: readonly CardKind[];
  cwd: string;
  /** With `inputs`: the Library lies under the Words screen (q goes there, not out). */
  libraryUnder?: boolean;
}

/** Marks come in bursts; one re-analysis after the burst settles is enough. */
const REANALYSE_DELAY_MS = 250;

export function useController(o: ControllerOptions) {
  const [state, setState] = useState(() => initialState({ level: o.level, sort: o.sort, cards: o.cards, stack: o.inputs ? (o.libraryUnder ? ['library', 'words'] : ['words']) : ['library'] }));
  const ref = useRef(state);
  const dispatch = (a: Action): AppState => {
    ref.current = reduce(ref.current, a);
    setState(ref.current);
    return ref.current;
  };
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const analysisRef = useRef<Analysis | null>(null);
  const [inputs, setInputs] = useState<string[]>(o.inputs ?? []);
  const [busy, setBusy] = useState<string | null>(o.inputs ? 'loading the dictionary and segmenter' : null);
  const [message, setMessage] = useState<string | null>(null);
  const [levelRows, setLevelRows] = useState<LevelRow[] | null>(null);
  const [summaries, setSummaries] = useState<ReadonlyMap<string, SummaryState>>(new Map());
  const [exportStatus, setExportStatus] = useState<ExportStatus>({ phase: 'idle' });
  const generation = useRef(0);
  const timer = useRef<NodeJS.Timeout | undefined>(undefined);
  /** Undo tokens of "mark all" batches, by batch number. */
  const batches = useRef(new Map<number, MarkKnownUndo>());

  const show = (a: Analysis) => {
    analysisRef.current = a;
    setAnalysis(a);
  };

  const open = (paths: string[]) => {
    const gen = ++generation.current;
    setBusy(paths.length === 1 ? `opening ${paths[0]}` : `opening ${paths.length} articles`);
    setMessage(null);
    o.service
      .open({ inputs: paths, encoding: o.encoding, knownFile: o.knownFile, level: ref.current.level, sort: o.sort, notHard: o.learner.notHard(), levels: o.levels })
      .then(({ analysis: a, articles }) => {
        if (gen !== generation.current) return;
        show(a);
        setInputs(paths);
        setLevelRows(null);
        setExportStatus({ phase: 'idle' });
        dispatch({ type: 'opened' });
        dispatch({ type: 'go', screen: 'words' });
        setBusy(null);
        try {
          o.learner.recordOpened(articles, o.cwd);
        } catch (e) {
          setMessage(`could not record the article: ${(e as Error).message}`);
        }
      })
      .catch((e: Error) => {
        if (gen !== generation.current) return;
        setBusy(null);
        setMessage(e.message);
      });
  };

  const reanalyse = () => {
    if (!analysisRef.current) return;
    const gen = ++generation.current;
    setBusy('re-analysing');
    setLevelRows(null);
    o.service
      .reanalyze(ref.current.level, o.learner.notHard())
      .then((a) => {
        if (gen !== generation.current) return;
        show(a);
        setBusy(null);
      })
      .catch((e: Error) => {
        if (gen === generation.current) setBusy(null);
        setMessage(e.message);
      });
  };
  const reanalyseSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(reanalyse, REANALYSE_DELAY_MS);
  };

  useEffect(() => {
    if (o.inputs) open(o.inputs);
    return () => clearTimeout(timer.current);
  }, []);

  // The Level screen's numbers: computed in the background once per analysis.
  const screen = state.stack.at(-1)!;
  useEffect(() => {
    if (screen !== 'level' || !analysis || levelRows) return;
    let live = true;
    o.service.levels(o.learner.notHard()).then((rows) => live && setLevelRows(rows), (e: Error) => setMessage(e.message));
    return () => void (live = false);
  }, [screen, analysis, levelRows]);

  /** The hard words on the list now (marks leave at once, before the re-analysis). */
  const words = (s: AppState = ref.current, a: Analysis | null = analysisRef.current) =>
    a ? visibleWords(a.vocab, { removed: removedWords(s), filter: s.text.filter, sort: s.sort }) : [];
  /** Every hard word still on the list, whatever the filter. */
  const candidates = (s: AppState = ref.current, a: Analysis | null = analysisRef.current) =>
    a ? visibleWords(a.vocab, { removed: removedWords(s), filter: '', sort: s.sort }) : [];
  /** Words going into the export: the candidates minus those left out. */
  const selected = (s: AppState = ref.current) => candidates(s).filter((v) => !s.excluded.has(v.word));

  const mark = (word: string, as: 'known' | 'ignored') => {
    try {
      o.learner.mark(word, as);
    } catch (e) {
      setMessage(`could not save: ${(e as Error).message}`);
      return;
    }
    dispatch({ type: 'mark', word, as });
    setMessage(`${word} marked ${as} (u undoes)`);
    reanalyseSoon();
  };
  /** Every hard word left in the article (whatever the filter) becomes known, as one undoable batch. */
  const markAll = () => {
    const words = candidates().map((v) => v.word);
    if (!words.length) return;
    const batch = (batches.current.size ? Math.max(...batches.current.keys()) : 0) + 1;
    try {
      batches.current.set(batch, o.learner.markAll(words));
    } catch (e) {
      dispatch({ type: 'ask-mark-all', count: null });
      setMessage(`could not save: ${(e as Error).message}`);
      return;
    }
    dispatch({ type: 'mark-all', words, batch });
    setMessage(`${words.length} words marked known (u undoes)`);
    reanalyseSoon();
  };
  const undo = () => {
    const last = ref.current.removed.at(-1);
    if (!last) return;
    const token = last.batch === undefined ? undefined : batches.current.get(last.batch);
    try {
      if (token) o.learner.unmarkAll(token);
      else o.learner.unmark(last.word, last.as);
    } catch (e) {
      setMessage(`could not save: ${(e as Error).message}`);
      return;
    }
    const before = ref.current.removed.length;
    dispatch({ type: 'undo' });
    if (token) batches.current.delete(last.batch!);
    setMessage(token ? `${before - ref.current.removed.length} words are back` : `${last.word} is back`);
    reanalyseSoon();
  };
  const applyLevel = (level: number) => {
    if (level === ref.current.level) return;
    dispatch({ type: 'level', level });
    try {
      o.learner.remember({ level, levelSystem: o.levels ?? 'hsk2' });
    } catch (e) {
      setMessage(`could not save the level: ${(e as Error).message}`);
    }
    setSummaries(new Map());
    reanalyse();
  };

  return {
    state,
    ref,
    dispatch,
    analysis,
    /** The level scale labels and the Level screen follow. */
    scale: () => appScale(o.levels, analysisRef.current),
    /** The latest analysis, also inside a burst of keys handled before React re-renders. */
    analysisNow: () => analysisRef.current,
    inputs,
    busy,
    message,
    setMessage,
    levelRows,
    summaries,
    setSummaries,
    exportStatus,
    setExportStatus,
    open,
    mark,
    markAll,
    undo,
    applyLevel,
    words,
    candidates,
    selected,
  };
}

export type Controller = ReturnType<typeof useController>;
