import { Box, Text } from 'ink';
import { basename } from 'node:path';
import type { ReactNode } from 'react';
import type { ArticleSummary } from '../pipeline/index.js';
import { padToWidth, truncateToWidth } from '../text/index.js';
import { windowStart } from './app-state.js';

export interface LibraryRow {
  path: string;
  group: 'articles' | 'recent';
}

/** Row stats: still computing (undefined), unreadable (an Error's message), or the summary. */
export type SummaryState = ArticleSummary | { error: string } | undefined;

const MINI_BAR = 8;

/** Personal coverage as a small bar: how much of the article this learner reads at their level. */
function miniBar(share: number): string {
  const filled = Math.max(0, Math.min(MINI_BAR, Math.round(share * MINI_BAR)));
  return `${'█'.repeat(filled)}${'░'.repeat(MINI_BAR - filled)} ${Math.round(share * 100)}%`;
}

function stats(s: SummaryState): string {
  if (!s) return '…';
  if ('error' in s) return 'unreadable';
  return `${s.hanzi.toLocaleString('en')} 字 · ${s.estimatedLevelName} · ${miniBar(s.coverage)} · ${s.hardWords} hard`;
}

/**
 * Home: the bundled articles, the recently opened ones, a path prompt. `study` is the slot for
 * the Study entry (issue 10: "Study (N due)"), drawn above the articles when given.
 */
export function LibraryScreen(props: {
  rows: LibraryRow[];
  cursor: number;
  marked: ReadonlySet<string>;
  summaries: ReadonlyMap<string, SummaryState>;
  level: number;
  prompt: { editing: boolean; text: string; choices: string[] };
  width: number;
  height: number;
  study?: ReactNode;
}) {
  const { rows, cursor, width } = props;
  const listHeight = Math.max(3, props.height - 4);
  const start = windowStart(cursor, rows.length, listHeight);
  const statsWidth = 48;
  return (
    <Box flexDirection="column" width={width}>
      {props.study ?? null}
      {rows.length === 0 ? <Text dimColor>No articles yet: type a path with o.</Text> : null}
      {rows.slice(start, start + listHeight).map((r, i) => {
        const here = start + i === cursor;
        const s = props.summaries.get(r.path);
        const title = s && !('error' in s) ? `${basename(r.path)} ${s.title}` : basename(r.path);
        const tag = r.group === 'recent' ? 'recent ' : 'sample ';
        const name = padToWidth(truncateToWidth(title, width - statsWidth - 12), width - statsWidth - 12);
        return (
          <Text key={r.group + r.path} inverse={here} wrap="truncate">
            {here ? '›' : ' '}
            {props.marked.has(r.path) ? '+' : ' '}
            <Text dimColor>{tag}</Text>
            {name} {truncateToWidth(stats(s), statsWidth)}
          </Text>
        );
      })}
      <Box marginTop={1}>
        <Text wrap="truncate">
          open a path: {props.prompt.editing ? <Text inverse>{props.prompt.text || ' '}</Text> : <Text dimColor>press o to type one (Tab completes)</Text>}
        </Text>
      </Box>
      {props.prompt.choices.length > 1 ? <Text dimColor wrap="truncate">{props.prompt.choices.join('  ')}</Text> : null}
    </Box>
  );
}
