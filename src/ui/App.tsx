import { Box, Text, useApp, useStdout } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';
import type { Analysis } from '../domain/types.js';
import { initialState, reduce, VIEWS, type View } from './app-state.js';
import { SentenceView } from './SentenceView.js';
import { StatsView } from './StatsView.js';
import { useAppKeys } from './use-app-keys.js';
import { WordDetail } from './WordDetail.js';
import { WordList } from './WordList.js';

export interface AppProps {
  /** Runs the engine for a level; the app calls it again when the learner changes level. */
  analyze: (level: number) => Analysis;
  initialLevel: number;
}

const TAB_NAMES: Record<View, string> = { words: '1 Words', sentences: '2 Study sentences', stats: '3 Stats' };

export function App({ analyze, initialLevel }: AppProps) {
  const [state, dispatch] = useReducer(reduce, initialLevel, initialState);
  const analysis = useMemo(() => analyze(state.level), [analyze, state.level]);
  const words = useMemo(() => (state.allWords ? analysis.vocab : analysis.vocab.filter((v) => v.hard)), [analysis, state.allWords]);
  const { stdout } = useStdout();
  const width = Math.max(60, stdout.columns || 100);
  const height = Math.max(12, (stdout.rows || 30) - 6);
  const { exit } = useApp();

  useEffect(() => dispatch({ type: 'resized', words: words.length, sentences: analysis.studySentences.length }), [words, analysis]);
  useEffect(() => {
    if (state.quitting) exit();
  }, [state.quitting, exit]);
  useAppKeys(dispatch, height - 2);

  const listWidth = Math.min(44, Math.floor(width * 0.42));
  const title = analysis.articles.map((a) => a.title).join(' · ');
  return (
    <Box flexDirection="column" width={width}>
      <Box justifyContent="space-between">
        <Text bold>{title}</Text>
        <Text>
          HSK {state.level} · <Text color="yellow">{analysis.stats.hardWords} hard</Text> · you know {Math.round(analysis.stats.learnerCoverage * 100)}%
        </Text>
      </Box>
      <Box>
        {VIEWS.map((v) => (
          <Text key={v} inverse={v === state.view}>
            {` ${TAB_NAMES[v]} `}
          </Text>
        ))}
      </Box>
      <Box marginTop={1} height={height}>
        {state.view === 'words' ? (
          <>
            <WordList items={words} cursor={state.cursor.words} height={height - 1} width={listWidth} />
            <Box marginLeft={2}>
              <WordDetail item={words[state.cursor.words]} analysis={analysis} width={width - listWidth - 3} />
            </Box>
          </>
        ) : state.view === 'sentences' ? (
          <SentenceView analysis={analysis} cursor={state.cursor.sentences} height={height} width={width - 2} />
        ) : (
          <StatsView analysis={analysis} />
        )}
      </Box>
      <Text dimColor>↑↓ move · ←→/tab view · +/− level · a {state.allWords ? 'hard words only' : 'all words'} · q quit</Text>
    </Box>
  );
}
