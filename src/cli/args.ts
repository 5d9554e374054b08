/** Command-line parsing: argv → a typed command, or a UsageError. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../domain/errors.js';
import type { SortOrder } from '../domain/types.js';
import { BUILT_IN_SYSTEMS } from '../levels/index.js';
import { SORT_ORDERS } from '../select/index.js';
import { CARD_KINDS, isCardKind, type CardKind } from '../cards/kinds.js';
// options.js, not the export folder's index: parsing `analyze` must not load the Anki writer (jszip) or SQLite.
import { checkOutputExtension, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from '../export/options.js';

export interface AnalysisOptions {
  inputs: string[];
  /** null when not given: the saved setting, else DEFAULT_LEVEL (see learner-db.ts). */
  level: number | null;
  known: string | null;
  sort: SortOrder | null;
  encoding: string | null;
  /** False with --no-db: the learner database is neither read nor created. */
  db: boolean;
  /** `--levels hsk2|hsk3|freq|FILE` (a file resolved to an absolute path); null = the saved system. */
  levels: string | null;
  /** `--known-level N`: every word at level N or below counts as known, on top of the lists. */
  knownLevel: number | null;
}

/** Export options as typed; `cards` null when not given (the saved setting, else the default). */
export type ExportArgs = Omit<ExportOptions, 'cards'> & { cards: CardKind[] | null };

export type KnownAction = 'add' | 'remove' | 'list' | 'import' | 'export';
export const KNOWN_ACTIONS: readonly KnownAction[] = ['add', 'remove', 'list', 'import', 'export'];
export const IMPORT_FORMATS = ['auto', 'list', 'anki', 'pleco', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const KNOWN_EXPORT_FORMATS = ['list', 'pleco'] as const;

/** `known import`/`export` options; ignored by the other actions. */
export interface WordListOptions {
  format: string | null;
  /** `--field N`: the Anki field (1-based) holding the word. */
  field: number | null;
  out: string | null;
}

export type Command =
  | { name: 'help'; topic?: string }
  | { name: 'version' }
  | ({ name: 'app'; fromDefault?: boolean } & AnalysisOptions)
  | ({ name: 'analyze'; limit: number | null; json: boolean } & AnalysisOptions)
  | ({ name: 'export' } & AnalysisOptions & ExportArgs)
  | ({ name: 'level'; limit: number | null; json: boolean } & AnalysisOptions)
  | { name: 'levels'; json: boolean; levels: string | null; db: boolean }
  | ({ name: 'known' | 'ignored'; action: KnownAction; words: string[] } & WordListOptions)
  | StudyCommand;
export type StudyAction = 'review' | 'add' | 'decks' | 'rename' | 'delete' | 'stats' | 'settings';

/** `zhcards study …`: one action; the settings flags may come with any of them. */
export interface StudyCommand {
  name: 'study';
  action: StudyAction;
  /** review/stats: the deck (null = all); rename: [old, new]; delete: the deck. */
  decks: string[];
  /** --add: the articles and the export's selection options. */
  add: (AnalysisOptions & { max: number | null; deck: string | null; cards: CardKind[] | null }) | null;
  yes: boolean;
  settings: { desiredRetention?: number; newPerDay?: number; reviewsPerDay?: number };
}

export { DEFAULT_LEVEL } from '../learner/preferences.js';

const shared = {
  level: { type: 'string', short: 'l' },
  known: { type: 'string', short: 'k' },
  sort: { type: 'string', short: 's' },
  encoding: { type: 'string', short: 'e' },
  'no-db': { type: 'boolean' },
  levels: { type: 'string' },
  'known-level': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

type Parsed = { values: Record<string, string | boolean | undefined>; positionals: string[] };

/** `--limit -3` would read `-3` as an option; join a value that looks negative to its option. */
function joinNegativeValues(args: string[], options: NonNullable<ParseArgsConfig['options']>): string[] {
  const takesValue = new Set<string>();
  for (const [name, o] of Object.entries(options)) {
    if (o.type !== 'string') continue;
    takesValue.add(`--${name}`);
    if (o.short) takesValue.add(`-${o.short}`);
  }
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1];
    if (takesValue.has(args[i]!) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${args[i]}=${next}`.replace(/^-([a-z])=/, '-$1'));
      i++;
    } else out.push(args[i]!);
  }
  return out;
}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>): Parsed {
  try {
    return parseArgs({ args: joinNegativeValues(args, options), options, allowPositionals: true, strict: true }) as Parsed;
  } catch (e) {
    // Node's messages are long and mention internals; keep the first sentence.
    const msg = (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(msg);
  }
}

/** Counts (`--limit`, `--max`): any positive whole number. */
function countOption(name: string, raw: unknown): number {
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || n < 1 || !Number.isSafeInteger(n)) {
    throw new UsageError(`--${name} must be a positive whole number, got '${String(raw)}'`);
  }
  return n;
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
  const sort = (values.sort ?? null) as SortOrder | null;
  if (sort !== null && !SORT_ORDERS.includes(sort)) throw new UsageError(`--sort must be one of ${SORT_ORDERS.join(', ')}, got '${String(values.sort)}'`);
  return {
    inputs: positionals,
    // The range depends on the level system, which may be saved: checked once it is known.
    level: values.level === undefined ? null : intOption('level', values.level, 1, MAX_LEVEL),
    known: (values.known as string | undefined) ?? null,
    sort,
    encoding: (values.encoding as string | undefined) ?? null,
    db: !values['no-db'],
    levels: levelsOption(values.levels),
    knownLevel: values['known-level'] === undefined ? null : intOption('known-level', values['known-level'], 1, MAX_LEVEL),
  };
}

/** Highest level any system may have (a list file's); each system's own top is checked later. */
const MAX_LEVEL = 20;

/** A built-in system name as is; anything else is a list file, made absolute so a saved one still resolves. */
function levelsOption(raw: unknown): string | null {
  if (raw === undefined) return null;
  const spec = String(raw).trim();
  if (!spec) throw new UsageError('--levels needs hsk2, hsk3, freq or a file');
  if ((BUILT_IN_SYSTEMS as readonly string[]).includes(spec.toLowerCase())) return spec.toLowerCase();
  if (!existsSync(spec)) throw new UsageError(`--levels must be hsk2, hsk3, freq or an existing file, got '${spec}'`);
  return resolve(spec);
}

/** `analyze` and `level` report on the same inputs with the same options: the analysis ones, --limit and --json. */
function reportCommand(name: 'analyze' | 'level', rest: string[]): Command {
  const { values, positionals } = parse(rest, { ...shared, limit: { type: 'string', short: 'n' }, json: { type: 'boolean' } });
  if (values.help) return { name: 'help', topic: name };
  return {
    name,
    ...analysisOptions(values, positionals, name),
    limit: values.limit === undefined ? null : countOption('limit', values.limit),
    json: Boolean(values.json),
  };
}

/** `defaultInputs` is what the app opens when no file is given (the bundled sample). */
export function parseCommand(argv: string[], defaultInputs: string[]): Command {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v' || first === 'version') return { name: 'version' };
  if (first === 'help' || first === '--help' || first === '-h') return { name: 'help', topic: rest[0] };
  if (first === 'analyze' || first === 'level') return reportCommand(first, rest);
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
    });
    if (values.help) return { name: 'help', topic: 'export' };
    return { name: 'export', ...analysisOptions(values, positionals, 'export'), ...exportOptions(values) };
  }
  if (first === 'levels') {
    const { values, positionals } = parse(rest, { json: { type: 'boolean' }, levels: { type: 'string' }, 'no-db': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) return { name: 'help', topic: 'levels' };
    if (positionals.length) throw new UsageError('levels takes no files (use --levels FILE to add a list)');
    return { name: 'levels', json: Boolean(values.json), levels: levelsOption(values.levels), db: !values['no-db'] };
  }
  if (first === 'known' || first === 'ignored') return wordListCommand(first, rest);
  if (first === 'study') return studyCommand(rest);
  if (first !== undefined && /^[a-z][a-z-]*$/.test(first) && !existsSync(first)) {
    throw new UsageError(`unknown command '${first}' (try: zhcards help)`);
  }
  const { values, positionals } = parse(argv, shared);
  if (values.help) return { name: 'help' };
  // No file given: the bundled sample opens, with the Library under it.
  return { name: 'app', ...analysisOptions(values, positionals.length ? positionals : defaultInputs, 'zhcards'), fromDefault: positionals.length === 0 };
}

/** `known …` and `ignored …` take the same actions on their own list. */
function wordListCommand(list: 'known' | 'ignored', args: string[]): Command {
  const { values, positionals } = parse(args, {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string', short: 'f' },
    field: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  const [action, ...words] = positionals;
  if (values.help || action === undefined) return { name: 'help', topic: list };
  if (!(KNOWN_ACTIONS as readonly string[]).includes(action)) throw new UsageError(`${list}: unknown action '${action}' (use ${KNOWN_ACTIONS.join(', ')})`);
  if ((action === 'add' || action === 'remove') && words.length === 0) throw new UsageError(`${list} ${action}: give one or more words`);
  if (action === 'import' && words.length !== 1) throw new UsageError(`${list} import: give one file (one word per line)`);
  if ((action === 'list' || action === 'export') && words.length > 0) throw new UsageError(`${list} ${action} takes no words (use --out FILE)`);
  const format = (values.format as string | undefined) ?? null;
  const formats: readonly string[] = action === 'export' ? KNOWN_EXPORT_FORMATS : IMPORT_FORMATS;
  if (format !== null && (!['import', 'export'].includes(action) || !formats.includes(format))) {
    throw new UsageError(['import', 'export'].includes(action) ? `--format must be one of ${formats.join(', ')}, got '${format}'` : `${list} ${action} takes no --format`);
  }
  if (values.field !== undefined && action !== 'import') throw new UsageError('--field is for import');
  if (values.out !== undefined && action !== 'export') throw new UsageError('--out is for export');
  return {
    name: list,
    action: action as KnownAction,
    words,
    format,
    field: values.field === undefined ? null : countOption('field', values.field),
    out: (values.out as string | undefined) ?? null,
  };
}

function exportOptions(values: Parsed['values']): ExportArgs {
  const format = (values.format ?? 'apkg') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got '${String(values.format)}'`);
  const cards = String(values.cards ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean);
  const unknown = cards.filter((c) => !isCardKind(c));
  if (unknown.length || (values.cards !== undefined && cards.length === 0)) throw new UsageError(`--cards takes a comma list of ${CARD_KINDS.join(', ')}, got '${String(values.cards)}'`);
  const deck = values.deck === undefined ? null : String(values.deck).trim();
  if (deck === '') throw new UsageError('--deck needs a name');
  const out = (values.out as string | undefined) ?? null;
  checkOutputExtension(out, format);
  return {
    out,
    deck,
    max: values.max === undefined ? null : countOption('max', values.max),
    cards: values.cards === undefined ? null : ([...new Set(cards)] as CardKind[]),
    sentences: Boolean(values.sentences),
    format,
    force: Boolean(values.force),
    refresh: Boolean(values.refresh),
  };
}

const STUDY_ACTIONS = ['add', 'decks', 'rename', 'delete', 'stats'] as const;

function studyCommand(args: string[]): Command {
  const { values, positionals } = parse(args, {
    ...shared,
    add: { type: 'boolean' },
    decks: { type: 'boolean' },
    rename: { type: 'boolean' },
    delete: { type: 'boolean' },
    stats: { type: 'boolean' },
    yes: { type: 'boolean', short: 'y' },
    deck: { type: 'string', short: 'd' },
    max: { type: 'string', short: 'm' },
    cards: { type: 'string', short: 'c' },
    retention: { type: 'string' },
    'new-per-day': { type: 'string' },
    'reviews-per-day': { type: 'string' },
  });
  if (values.help) return { name: 'help', topic: 'study' };
  const chosen = STUDY_ACTIONS.filter((a) => values[a]);
  if (chosen.length > 1) throw new UsageError(`study: choose one of ${chosen.map((a) => `--${a}`).join(', ')}`);
  const settings: StudyCommand['settings'] = {};
  if (values.retention !== undefined) {
    const r = Number(values.retention);
    if (!/^0?\.\d+$/.test(String(values.retention)) || r < 0.7 || r > 0.99) throw new UsageError(`--retention must be between 0.7 and 0.99, got '${String(values.retention)}'`);
    settings.desiredRetention = r;
  }
  if (values['new-per-day'] !== undefined) settings.newPerDay = intOption('new-per-day', values['new-per-day'], 0, 9999);
  if (values['reviews-per-day'] !== undefined) settings.reviewsPerDay = intOption('reviews-per-day', values['reviews-per-day'], 0, 99999);
  const hasSettings = Object.keys(settings).length > 0;
  const action: StudyAction = chosen[0] ?? (hasSettings && positionals.length === 0 ? 'settings' : 'review');
  const base = { name: 'study' as const, action, decks: positionals, add: null, yes: Boolean(values.yes), settings };
  const count = { review: [0, 1], stats: [0, 1], decks: [0, 0], settings: [0, 0], rename: [2, 2], delete: [1, 1] } as const;
  if (action === 'add') {
    const { cards, deck, max } = exportOptions(values);
    return { ...base, decks: [], add: { ...analysisOptions(values, positionals, 'study --add'), cards, deck, max } };
  }
  const [min, most] = count[action];
  if (positionals.length < min || positionals.length > most) {
    const what = { review: 'at most one deck', stats: 'at most one deck', decks: 'no arguments', settings: 'no arguments', rename: 'the old and the new deck name', delete: 'one deck name' }[action];
    throw new UsageError(`study${action === 'review' ? '' : ` --${action}`}: give ${what}`);
  }
  return base;
}
