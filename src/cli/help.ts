/** Help texts, one per command (`zhcards help analyze` = `zhcards analyze --help`); kept in step with the README. */
import { topLevel } from '../levels/index.js';
import { APP_KEYS } from '../ui/help-text.js';

const USAGE = `Usage
  zhcards [FILE|DIR]... [options]    open the app (no file: the bundled sample, the Library under it)
  zhcards analyze FILE|DIR|-... [options]
  zhcards export FILE|DIR|-... [options]
  zhcards known add|remove WORD...   words you know (kept in your learner database)
  zhcards known list | import FILE [--format F] | export [--format list|pleco] [--out FILE]
  zhcards level FILE|DIR|-... [options]   how hard each article is for you; a reading list
  zhcards levels                     the level systems and how many words each level has
  zhcards ignored add|remove|list|import ...   words never to show (kept apart from known)
  zhcards study [DECK]               review due cards in the terminal (FSRS)
  zhcards study --add FILE... | --decks | --stats | --rename OLD NEW | --delete DECK --yes
  zhcards help [analyze|export|level|levels|known|ignored|study] | --help
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
      --refresh      rewrite every note (Anki then replaces your edits to them) and let
                     shared words take this article's example, source and deck
                     (--no-db: nothing is remembered, every note is written as new)
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

const STUDY = `study: spaced repetition in the terminal (FSRS via ts-fsrs); every export also adds its
words here (same note GUIDs as Anki, so exporting again updates them, never duplicates)
  zhcards study [DECK]             review today's cards (all decks, or one; zhcards:: may be left out)
  zhcards study --add FILE|DIR...  add the hard words of articles without writing a file; takes
                                   export's --level --known --max --deck --cards --sort --encoding
  zhcards study --decks            decks with their card, due, new and suspended counts
  zhcards study --rename OLD NEW   rename a deck
  zhcards study --delete DECK      shows what would go; with --yes deletes the deck, its cards and history
  zhcards study --stats [DECK]     due today, reviews today, 30-day retention, 7-day forecast, cards by state

Options, saved for later sessions (alone they just save; \`zhcards study --retention 0.9\`)
      --retention R          desired retention, 0.7–0.99 (default 0.9)
      --new-per-day N        new cards a day (default 20)
      --reviews-per-day N    reviews a day (default 200)

Keys: Space/Enter show the answer · 1 Again 2 Hard 3 Good 4 Easy (each shows its interval) · u undo ·
e details · s suspend · m mark the word known · t stats · q quit. Pinyin cards: type the reading
with tone numbers (diao4yan2, v for ü), Enter checks; Enter again takes the suggested grade.
Every answer is saved in the learner database before the next card appears.
`;

const APP = APP_KEYS;

export const HELP = `zhcards — flashcards from real Chinese articles

${USAGE}

${SHARED}

${APP}

${LEVELS}

Inputs: .txt .md .html .htm .srt .vtt files, a directory of them, or - for stdin.
More: zhcards help analyze | export | level | levels | known | study
`;

const TOPICS: Record<string, string> = { analyze: ANALYZE, export: EXPORT, level: LEVEL, levels: LEVELS_HELP, known: KNOWN, ignored: KNOWN, study: STUDY };

/** The command's help, or the general help for no or an unknown topic. */
export function helpFor(topic: string | undefined): string {
  return (topic && TOPICS[topic]) || HELP;
}
