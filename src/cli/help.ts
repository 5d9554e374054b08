/** Help texts; kept in step with the README. */
export const HELP = `zhcards — flashcards from real Chinese articles

Usage
  zhcards [FILE|DIR]...              open the app (default: the bundled sample article)
  zhcards analyze FILE|DIR|-... [options]
  zhcards export FILE|DIR|-... [options]
  zhcards help | --help              this text
  zhcards --version

Options (app, analyze and export)
  -l, --level N      your HSK level, 1–6 (default 3): words above it are hard
  -k, --known FILE   words you know, one per line (# comments; first column counts)
  -s, --sort ORDER   useful (default) | article | level | order
  -e, --encoding E   force the input encoding (utf8, utf16le, utf16be, gb18030, gbk, big5)

analyze only
  -n, --limit N      show at most N hard words (default 30; JSON: all words)
      --json         print one JSON object (see README) instead of the table

export only
  -o, --out PATH     file, or folder (existing or ending in /); default decks/<deck>.apkg
  -d, --deck NAME    Anki deck name, nested under zhcards:: (default: the headline)
  -m, --max N        at most N word notes, most useful first
  -c, --cards LIST   recognition,production,listening (default recognition,production)
      --sentences    also export the study sentences as sentence notes
  -f, --format F     apkg (default) | tsv (Anki text import) | pleco
      --force        overwrite a file zhcards did not write
      --refresh      rewrite every note (Anki then replaces your edits to them) and let
                     shared words take this article's example, source and deck
      --no-db        do not read or record what earlier exports wrote (learner database)

Inputs: .txt .md .html .htm .srt .vtt files, a directory of them, or - for stdin.
`;
