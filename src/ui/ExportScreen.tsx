import { Box, Text } from 'ink';
import { CARD_KINDS, type CardKind } from '../cards/index.js';
import { truncateToWidth } from '../text/index.js';
import { Bar } from './Bar.js';

export type ExportStatus = { phase: 'idle' } | { phase: 'writing' } | { phase: 'done'; message: string } | { phase: 'failed'; message: string };

/** Rows of the Export screen, in cursor order. */
export type ExportRow = { kind: 'deck' } | { kind: 'card'; card: CardKind } | { kind: 'sentences' } | { kind: 'out' } | { kind: 'go' };
export const EXPORT_ROWS: readonly ExportRow[] = [{ kind: 'deck' }, ...CARD_KINDS.map((card) => ({ kind: 'card' as const, card })), { kind: 'sentences' }, { kind: 'out' }, { kind: 'go' }];

/** Deck name, card kinds, sentence cards, output path; then progress and the result. */
export function ExportScreen(props: {
  cursor: number;
  deck: { value: string; placeholder: string; editing: boolean };
  out: { value: string; placeholder: string; editing: boolean };
  cards: readonly CardKind[];
  sentenceCards: boolean;
  words: number;
  sentences: number;
  status: ExportStatus;
  width: number;
  spinner: string;
}) {
  const field = (f: { value: string; placeholder: string; editing: boolean }) =>
    f.editing ? <Text inverse>{f.value || ' '}</Text> : f.value ? <Text>{truncateToWidth(f.value, props.width - 20)}</Text> : <Text dimColor>{truncateToWidth(f.placeholder, props.width - 20)}</Text>;
  const label = (row: ExportRow) => {
    switch (row.kind) {
      case 'deck':
        return <Text>deck name     {field(props.deck)}</Text>;
      case 'card':
        return (
          <Text>
            card type     [{props.cards.includes(row.card) ? 'x' : ' '}] {row.card}
          </Text>
        );
      case 'sentences':
        return (
          <Text>
            sentence cards [{props.sentenceCards ? 'x' : ' '}] {props.sentences} chosen on the Sentences screen
          </Text>
        );
      case 'out':
        return <Text>output file   {field(props.out)}</Text>;
      case 'go':
        return <Text bold>Export {props.words} word notes{props.sentenceCards && props.sentences ? ` and ${props.sentences} sentence notes` : ''} →</Text>;
    }
  };
  const s = props.status;
  return (
    <Box flexDirection="column" width={props.width}>
      {EXPORT_ROWS.map((row, i) => (
        <Text key={i} inverse={i === props.cursor && !(row.kind === 'deck' && props.deck.editing) && !(row.kind === 'out' && props.out.editing)} wrap="truncate">
          {i === props.cursor ? '›' : ' '}
          {label(row)}
        </Text>
      ))}
      <Box marginTop={1} flexDirection="column">
        {s.phase === 'writing' ? (
          <Text>
            {props.spinner} building the cards and writing the package…
          </Text>
        ) : s.phase === 'done' ? (
          <>
            <Text>
              done <Bar share={1} width={30} color="green" />
            </Text>
            <Text wrap="wrap">{s.message}</Text>
          </>
        ) : s.phase === 'failed' ? (
          <Text color="red" wrap="wrap">
            {s.message}
          </Text>
        ) : (
          <Text dimColor>Enter on a row edits or toggles it; e exports now.</Text>
        )}
      </Box>
    </Box>
  );
}
