/** Help texts, one per command (`zhcards help analyze` = `zhcards analyze --help`); kept in step with the README. */
import { topLevel } from '../levels/index.js';
import { APP_KEYS } from '../ui/help-text.js';

const USAGE = `Usage
  zhcards [FILE|DIR]... [options]    open the app (no file: the bundled sample, the Library under it)
  zhcards analyze FILE|DIR|-... [options]
  zhcards export FILE|DIR|-... [options]
  zhcards known add|remove WORD...   words you know (kept in your learner database)
  zhcards known list | known import FILE
  zhcards ignored add|remove|list|import ...   words never to show (kept apart from known)
  zhcards help [analyze|export|known|ignored] | --help
  zhcards --version`;

const SHARED = `Options (app, analyze and export)
  -l, --level N      your HSK level, 1–${topLevel()} (default 3, or the level you chose last): words above it are hard
  -k, --known FILE   more words you know, one per line (# comments; first column counts), on top of the database's
  -s, --sort ORDER   useful (default) | article | level | order
  -e, --encoding E   force the input encoding (utf8, utf16le, utf16be, gb18030, gbk, big5)
      --no-db        do not read or write the learner database (not even create it)
  An explicit --level, --sort or --cards is remembered for later runs.`;

const LEVELS = `Levels in the HSK column: 1–6 are official HSK 2.0 levels; "~5" is estimated from how common
the word is (not on the HSK list); "7+" is beyond HSK 6; "?" is unknown.`;

const ANALYZE = `analyze: the hard words of the articles, their pinyin, level and meaning, and statistics
  zhcards analyze FILE|DIR|-... [options]

${SHARED}

analyze only
  -n, --limit N      show at most N hard words (default 30; JSON: all words)
      --json         print one JSON object (see README) instead of the table

${LEVELS}
`;

const EXPORT = `export: the hard words (and study sentences) as Anki, Anki-text or Pleco cards
  zhcards export FILE|DIR|-... [options]

${SHARED}

export only
  -o, --out PATH     file, or folder (existing or ending in /); default decks/<deck>.apkg.
                     Its extension must fit the format (.apkg; .tsv or .txt; .txt for pleco)
  -d, --deck NAME    Anki deck name, nested under zhcards:: (default: the headline)
  -m, --max N        at most N word notes, most useful first
  -c, --cards LIST   recognition,production,listening (default recognition,production)
      --sentences    also export the study sentences as sentence notes
  -f, --format F     apkg (default) | tsv (Anki text import) | pleco
      --force        overwrite a file zhcards did not write
      --refresh      rewrite every note (Anki then replaces your edits to them) and let
                     shared words take this article's example, source and deck
                     (--no-db: nothing is remembered, every note is written as new)
`;

const KNOWN = `known: the words you know, kept in your learner database; analyze, export and the app
never show them as hard (add --no-db to a run to ignore them)
  zhcards known add WORD...      mark words known (traditional forms are stored as simplified)
  zhcards known remove WORD...   unmark them
  zhcards known list             every known word, one per line, oldest first
  zhcards known import FILE      add a list: one word per line, # comments, the first tab- or
                                 comma-separated column counts, Pleco's 简[繁] works

zhcards ignored add|remove|list|import works the same on the words you never want to see
(names the tool missed, words you do not care about); they are kept apart from known words.

The database is $ZHCARDS_HOME/zhcards.db, by default in your data folder
(~/.local/share/zhcards on Linux, ~/Library/Application Support/zhcards on macOS, %APPDATA%\\zhcards on Windows).
`;

const APP = APP_KEYS;

export const HELP = `zhcards — flashcards from real Chinese articles

${USAGE}

${SHARED}

${APP}

${LEVELS}

Inputs: .txt .md .html .htm .srt .vtt files, a directory of them, or - for stdin.
More: zhcards help analyze | export | known
`;

const TOPICS: Record<string, string> = { analyze: ANALYZE, export: EXPORT, known: KNOWN, ignored: KNOWN };

/** The command's help, or the general help for no or an unknown topic. */
export function helpFor(topic: string | undefined): string {
  return (topic && TOPICS[topic]) || HELP;
}
