/** Help texts, one per command (`zhcards help analyze` = `zhcards analyze --help`); kept in step with the README. */
import { topLevel } from '../levels/index.js';

const USAGE = `Usage
  zhcards [FILE|DIR]... [options]    open the app (default: the bundled sample article)
  zhcards analyze FILE|DIR|-... [options]
  zhcards export FILE|DIR|-... [options]
  zhcards known add|remove WORD...   words you know (kept in your learner database)
  zhcards known list | import FILE [--format F] | export [--format list|pleco] [--out FILE]
  zhcards level FILE|DIR|-... [options]   how hard each article is for you; a reading list
  zhcards levels                     the level systems and how many words each level has
  zhcards ignored add|remove|list|import ...   words never to show (kept apart from known)
  zhcards help [analyze|export|level|levels|known|ignored] | --help
  zhcards --version`;

const SHARED = `Options (app, analyze, export and level)
  -l, --level N      your level in your level system, 1–${topLevel()} for HSK 2.0, 1–7 for HSK 3.0 (default 3,
                     or the level you chose last): words above it are hard
      --levels SYS   level system: hsk2 (default) | hsk3 | freq | FILE (CSV/TSV of words and levels)
      --known-level N  every word at level N or below counts as known, on top of your lists
  -k, --known FILE   more words you know, one per line (# comments; first column counts), on top of the database's
  -s, --sort ORDER   useful (default) | article | level | order
  -e, --encoding E   force the input encoding (utf8, utf16le, utf16be, gb18030, gbk, big5)
      --no-db        do not read or write the learner database (not even create it)
  An explicit --level, --levels, --sort or --cards is remembered for later runs.`;

const LEVELS = `Levels in the HSK column: 1–6 are official HSK 2.0 levels; "~5" is estimated from how common
the word is (not on the HSK list); "7+" is beyond HSK 6; "?" is unknown. With --levels the column
and labels follow that system: "HSK3 4", "HSK3 7–9" (HSK 3.0), "F2k" (the 1,001st–2,000th most
common words), "mylist 2" (a list file); words the system lacks get an estimate on its scale.`;

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
`;

const KNOWN = `known: the words you know, kept in your learner database; analyze, export and the app
never show them as hard (add --no-db to a run to ignore them)
  zhcards known add WORD...      mark words known (traditional forms are stored as simplified)
  zhcards known remove WORD...   unmark them
  zhcards known list             every known word, one per line, oldest first
  zhcards known import FILE      add the words of a file; --format auto (default) | list | anki | pleco | csv
                                   list: one word per line, # comments, the first column counts
                                   anki: "Notes in Plain Text" export; the Hanzi field is found, or --field N
                                   pleco: flashcard text 简[繁]<TAB>pinyin<TAB>definition, // lines skipped
                                   csv: a header row; the column named word/simplified/hanzi, or the Chinese one
                                 Cells that are not a Chinese word are reported as unrecognised and skipped
  zhcards known export           the list, one word per line; --format pleco for Pleco flashcards;
                                 --out FILE writes a file (whole or not at all)

zhcards ignored add|remove|list|import works the same on the words you never want to see
(names the tool missed, words you do not care about); they are kept apart from known words.

The database is $ZHCARDS_HOME/zhcards.db, by default in your data folder
(~/.local/share/zhcards on Linux, ~/Library/Application Support/zhcards on macOS, %APPDATA%\\zhcards on Windows).
`;

const LEVEL = `level: how hard each article is for you, before you read it
  zhcards level FILE|DIR|-... [options]

${SHARED}

level only
  -n, --limit N      list N words that block 95% (default 10)
      --json         print one JSON object (see README)

For each article: the share of words (and of characters) at or below each level, how much you
know, the estimated level (the lowest level reaching 95% of words), and the unknown words that
stand between you and 95%, each with its share of the gap. Several articles: easiest first.
`;

const LEVELS_HELP = `levels: the level systems (hsk2, hsk3, freq, and your list file) and the words per level
  zhcards levels [--levels SYS] [--json]   (* marks yours; --levels also chooses it)
`;

const APP = `The app: ↑/↓ or j/k move, PgUp/PgDn, g/G first/last, ←/→/Tab or 1–3 switch view,
+/− change your level, a toggles all words / hard words, q quits.`;

export const HELP = `zhcards — flashcards from real Chinese articles

${USAGE}

${SHARED}

${APP}

${LEVELS}

Inputs: .txt .md .html .htm .srt .vtt files, a directory of them, or - for stdin.
More: zhcards help analyze | export | level | levels | known
`;

const TOPICS: Record<string, string> = { analyze: ANALYZE, export: EXPORT, level: LEVEL, levels: LEVELS_HELP, known: KNOWN, ignored: KNOWN };

/** The command's help, or the general help for no or an unknown topic. */
export function helpFor(topic: string | undefined): string {
  return (topic && TOPICS[topic]) || HELP;
}
