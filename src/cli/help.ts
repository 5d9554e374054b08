/** Help texts; kept in step with the README. */
export const HELP = `zhcards — flashcards from real Chinese articles

Usage
  zhcards [FILE|DIR|-]...            open the app (default: the bundled sample article)
  zhcards analyze FILE|DIR|-... [options]
  zhcards help | --help              this text
  zhcards --version

Options (app and analyze)
  -l, --level N      your HSK level, 1–6 (default 3): words above it are hard
  -k, --known FILE   words you know, one per line (# comments; first column counts)
  -s, --sort ORDER   useful (default) | article | level | order
  -e, --encoding E   force the input encoding (utf8, utf16le, utf16be, gb18030, gbk, big5)

analyze only
  -n, --limit N      show at most N hard words (default 30; JSON: all words)
      --json         print one JSON object (see README) instead of the table

Inputs: .txt .md .html .htm .srt .vtt files, a directory of them, or - for stdin.
`;
