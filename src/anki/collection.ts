/**
 * Our own collection template (Anki schema 11). The stock template bakes one Front/Back note
 * type into SQL text; ours builds the `col` JSON from the plan and binds it as parameters.
 */
import { NOTE_TYPE_MOD, type NoteType } from './note-types.js';
import type { DeckPlan, PlannedDeck } from './plan.js';

export const SCHEMA_VERSION = 11;
export const CREATOR_KEY = 'zhcardsCreator';
export const CREATOR = 'zhcards';

/** Tables only; indexes come after the bulk insert (cheaper than maintaining them per row). */
export const SCHEMA_SQL = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
`;

export const INDEX_SQL = `
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

function modelJson(nt: NoteType, deckId: number): object {
  return {
    id: nt.id,
    name: nt.name,
    type: 0,
    // Not the export time: a newer `mod` makes Anki replace the learner's template and CSS edits.
    mod: NOTE_TYPE_MOD,
    usn: -1,
    sortf: nt.sortf,
    did: deckId,
    tmpls: nt.templates.map((t) => ({ name: t.name, ord: t.ord, qfmt: t.qfmt, afmt: t.afmt, did: null, bqfmt: '', bafmt: '' })),
    flds: nt.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: nt.css,
    req: nt.req,
    tags: [],
    vers: [],
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
      '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
  };
}

function deckJson(deck: PlannedDeck, modSecs: number): object {
  return {
    id: deck.id,
    name: deck.name,
    mod: modSecs,
    usn: -1,
    desc: '',
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

const DEFAULT_DCONF = {
  id: 1, name: 'Default', mod: 0, usn: 0, maxTaken: 60, autoplay: true, timer: 0, replayq: true, dyn: false,
  new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
  rev: { bury: true, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
};

export interface ColRow {
  crt: number;
  mod: number;
  scm: number;
  ver: number;
  conf: string;
  models: string;
  decks: string;
  dconf: string;
  tags: string;
}

export function collectionRow(plan: DeckPlan): ColRow {
  const ms = plan.exportedAtMs;
  const secs = Math.floor(ms / 1000);
  const models = Object.fromEntries(plan.noteTypes.map((nt) => [String(nt.id), modelJson(nt, plan.deck.id)]));
  const defaultDeck = deckJson({ id: 1, name: 'Default' }, secs);
  const decks = Object.fromEntries([['1', defaultDeck], ...plan.decks.map((d) => [String(d.id), deckJson(d, secs)])]);
  const conf = {
    activeDecks: [plan.deck.id], curDeck: plan.deck.id, newSpread: 0, collapseTime: 1200, timeLim: 0,
    estTimes: true, dueCounts: true, curModel: String(plan.noteTypes[0]?.id ?? ''), nextPos: plan.notes.length + 1,
    sortType: 'noteFld', sortBackwards: false, addToCur: true,
    // Lets a later export recognise a package it may replace; the importer ignores it.
    [CREATOR_KEY]: CREATOR,
  };
  return {
    crt: Math.floor(secs / 86_400) * 86_400,
    mod: ms,
    scm: ms,
    ver: SCHEMA_VERSION,
    conf: JSON.stringify(conf),
    models: JSON.stringify(models),
    decks: JSON.stringify(decks),
    dconf: JSON.stringify({ 1: DEFAULT_DCONF }),
    tags: '{}',
  };
}
