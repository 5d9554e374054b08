/** Command-line parsing: argv → a typed command, or a UsageError. */
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../domain/errors.js';
import type { SortOrder } from '../domain/types.js';
import { SORT_ORDERS } from '../select/index.js';
import { CARD_KINDS, DEFAULT_CARD_KINDS, isCardKind, type CardKind } from '../cards/index.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from '../export/index.js';

export interface AnalysisOptions {
  inputs: string[];
  level: number;
  known: string | null;
  sort: SortOrder;
  encoding: string | null;
}

export type Command =
  | { name: 'help'; topic?: string }
  | { name: 'version' }
  | ({ name: 'app' } & AnalysisOptions)
  | ({ name: 'analyze'; limit: number | null; json: boolean } & AnalysisOptions)
  | ({ name: 'export' } & AnalysisOptions & ExportOptions);


export const DEFAULT_LEVEL = 3;

const shared = {
  level: { type: 'string', short: 'l' },
  known: { type: 'string', short: 'k' },
  sort: { type: 'string', short: 's' },
  encoding: { type: 'string', short: 'e' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] };

function parse(args: string[], options: ParseArgsConfig['options']): Parsed {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true }) as Parsed;
  } catch (e) {
    // Node's messages are long and mention internals; keep the first sentence.
    const msg = (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(msg);
  }
}

function intOption(name: string, raw: unknown, min: number, max: number): number {
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got '${String(raw)}'`);
  }
  return n;
}

function analysisOptions(values: Record<string, unknown>, positionals: string[], command: string): AnalysisOptions {
  if (positionals.length === 0) throw new UsageError(`${command}: give one or more files, a directory, or - for stdin`);
  const sort = (values.sort ?? 'useful') as SortOrder;
  if (!SORT_ORDERS.includes(sort)) throw new UsageError(`--sort must be one of ${SORT_ORDERS.join(', ')}, got '${String(values.sort)}'`);
  return {
    inputs: positionals,
    level: values.level === undefined ? DEFAULT_LEVEL : intOption('level', values.level, 1, 6),
    known: (values.known as string | undefined) ?? null,
    sort,
    encoding: (values.encoding as string | undefined) ?? null,
  };
}

/** `defaultInputs` is what the app opens when no file is given (the bundled sample). */
export function parseCommand(argv: string[], defaultInputs: string[]): Command {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v' || first === 'version') return { name: 'version' };
  if (first === 'help' || first === '--help' || first === '-h') return { name: 'help', topic: rest[0] };
  if (first === 'analyze') {
    const { values, positionals } = parse(rest, { ...shared, limit: { type: 'string', short: 'n' }, json: { type: 'boolean' } });
    if (values.help) return { name: 'help', topic: 'analyze' };
    return {
      name: 'analyze',
      ...analysisOptions(values, positionals, 'analyze'),
      limit: values.limit === undefined ? null : intOption('limit', values.limit, 1, 1_000_000),
      json: Boolean(values.json),
    };
  }
  if (first === 'export') {
    const { values, positionals } = parse(rest, {
      ...shared,
      out: { type: 'string', short: 'o' },
      deck: { type: 'string', short: 'd' },
      max: { type: 'string', short: 'm' },
      cards: { type: 'string', short: 'c' },
      sentences: { type: 'boolean' },
      format: { type: 'string', short: 'f' },
      force: { type: 'boolean' },
      refresh: { type: 'boolean' },
      'no-db': { type: 'boolean' },
    });
    if (values.help) return { name: 'help', topic: 'export' };
    return { name: 'export', ...analysisOptions(values, positionals, 'export'), ...exportOptions(values) };
  }
  if (first !== undefined && /^[a-z][a-z-]*$/.test(first) && !existsSync(first)) {
    throw new UsageError(`unknown command '${first}' (try: zhcards help)`);
  }
  const { values, positionals } = parse(argv, shared);
  if (values.help) return { name: 'help' };
  return { name: 'app', ...analysisOptions(values, positionals.length ? positionals : defaultInputs, 'zhcards') };
}

function exportOptions(values: Parsed['values']): ExportOptions {
  const format = (values.format ?? 'apkg') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got '${String(values.format)}'`);
  const cards = String(values.cards ?? DEFAULT_CARD_KINDS.join(','))
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  const unknown = cards.filter((c) => !isCardKind(c));
  if (unknown.length || cards.length === 0) throw new UsageError(`--cards takes a comma list of ${CARD_KINDS.join(', ')}, got '${String(values.cards)}'`);
  const deck = values.deck === undefined ? null : String(values.deck).trim();
  if (deck === '') throw new UsageError('--deck needs a name');
  return {
    out: (values.out as string | undefined) ?? null,
    deck,
    max: values.max === undefined ? null : intOption('max', values.max, 1, 1_000_000),
    cards: [...new Set(cards)] as CardKind[],
    sentences: Boolean(values.sentences),
    format,
    force: Boolean(values.force),
    refresh: Boolean(values.refresh),
    noDb: Boolean(values['no-db']),
  };
}
