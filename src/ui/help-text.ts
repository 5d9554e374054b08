/** The keys of each screen: the one-line help bar, and the full `?` help (also in `zhcards --help`). */
import type { Screen } from './app-state.js';

const NAV = '1 words · 2 reading · 3 sentences · 4 level · 5 export · 0 library';

export const HELP_BAR: Record<Screen, string> = {
  library: '↑↓ move · Enter open · Space add to set · o type a path (Tab completes) · s study · ? help · q quit',
  level: '↑↓ choose a level · Enter apply · i article stats · ? help · q back',
  words: 'Space in/out · m known · K all known · x ignore · u undo · Enter details · / filter · s sort · ? help · q back',
  reading: '↑↓ next hard word · PgUp/PgDn page · Space in/out · m known · x ignore · u undo · ? help · q back',
  sentences: '↑↓ move · Space include as a sentence card · ? help · q back',
  export: '↑↓ move · Enter edit/toggle · e export now · ? help · q back',
  help: 'q or Esc back',
};

export const APP_KEYS = `Keys in the app (a bar at the bottom always shows the current screen's keys):
  ${NAV}
  ↑/↓ or j/k move · PgUp/PgDn page · g/G first/last · q or Esc back (quitting with an
  unexported selection asks first) · ? this help
  Library: Enter opens the article (or the set marked with Space) · o types a path, Tab completes
  Level:   moving shows how many words become hard and how much you read · Enter applies ·
           i shows the article's stats (coverage by level, estimated level)
  Words:   Space includes/excludes a word from the export · m marks it known · x ignores it
           (both saved in your learner database) · K marks every remaining hard word of the
           article known (asks y/n first) · u undoes the last mark, or that whole batch ·
           Enter details · / filters by Hanzi, pinyin (tones optional: "diaoyan") or English ·
           s cycles the sort
  Reading: the article with hard words in tone colours; m, x, u and Space work on the word
  Sentences: Space includes a study sentence as a sentence card
  Export:  deck name, card types, sentence cards, output path; e writes the .apkg`;

export const LEVEL_LABELS = `Levels: 1–6 are official HSK 2.0 levels; "~5" is estimated from how common the word is
(not on the HSK list); "7+" is beyond HSK 6; "?" is unknown.`;

export { NAV };
