/** The deck plan: everything an export writes, as plain data (pure; time is an argument). */
import { countStatuses, EMPTY_LEDGER, type Ledger, type LedgerEntry, type NoteStatus, type StatusCounts } from '../cards/ledger.js';
import type { SentenceCard, WordCard } from '../cards/types.js';
import { InputError, UsageError } from '../domain/errors.js';
import { hskTag, sentenceFields, wordFields } from './fields.js';
import { CARD_KINDS, deckIdFor, sentenceGuid, wordGuid, type CardKind } from '../cards/index.js';
import { CARD_ORD, SENTENCE_NOTE_TYPE, WORD_NOTE_TYPE, type NoteType } from './note-types.js';
import { firstArticle, noteTags, settleNote, type PolicyInput } from './update-policy.js';

export interface DeckPlanInput {
  /** Anki deck name, `::` for nesting (see `defaultDeckName`). */
  deckName: string;
  words: readonly WordCard[];
  sentences?: readonly SentenceCard[];
  /** Card types to create for each word note. */
  templates: readonly CardKind[];
  now: Date;
  /** Article identifier for the `src::<slug>` tag. */
  articleSlug: string;
  /** What earlier exports wrote (from the learner database); empty = everything is new. */
  ledger?: Ledger;
  /** Write every note as changed and give shared words this export's article. */
  refresh?: boolean;
}

export interface PlannedDeck {
  id: number;
  name: string;
}

export interface PlannedNote {
  guid: string;
  noteTypeId: number;
  /** Field values (HTML), in the note type's field order. */
  fields: string[];
  tags: string[];
  /** Template ords to create cards for. */
  cardOrds: number[];
  /** Deck of the note's cards (the first article's deck for a shared word). */
  deckId: number;
  /** `mod` in seconds: the previous one while the content is unchanged. */
  mod: number;
  status: NoteStatus;
}

export interface DeckPlan {
  /** Deck that receives the cards. */
  deck: PlannedDeck;
  /** The deck and all its parents, outermost first. */
  decks: PlannedDeck[];
  noteTypes: NoteType[];
  notes: PlannedNote[];
  cardKinds: CardKind[];
  cardCount: number;
  /** Export time, in milliseconds since the epoch. */
  exportedAtMs: number;
  /** Per-item problems (e.g. duplicates skipped). */
  warnings: string[];
  /** How many notes are new, changed and unchanged against the ledger. */
  counts: StatusCounts;
  /** What to remember once the file is written. */
  ledgerEntries: LedgerEntry[];
}

/** Anki's own deck-name rules: `::` nests, no empty parts, no control characters or quotes. */
export function normaliseDeckName(name: string): string {
  return name
    .split('::')
    .map((part) => part.replace(/[\u0000-\u001f\u007f"]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('::');
}

function tagSafe(text: string): string {
  return text.normalize('NFC').replace(/[\s\u0000-\u001f\u007f"]+/g, '-').replace(/^-+|-+$/g, '');
}

function checkedKinds(kinds: readonly string[]): CardKind[] {
  const unknown = kinds.filter((k) => !(CARD_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new UsageError(`Unknown card type "${unknown[0]}" (use ${CARD_KINDS.join(', ')}).`);
  return CARD_KINDS.filter((k) => kinds.includes(k));
}

export function buildDeckPlan(input: DeckPlanInput): DeckPlan {
  const exportedAtMs = input.now.getTime();
  if (!Number.isFinite(exportedAtMs)) throw new TypeError('buildDeckPlan: `now` is not a valid date');
  const sentences = input.sentences ?? [];
  if (input.words.length === 0 && sentences.length === 0) {
    throw new InputError('Nothing to export: no words or sentences were selected.');
  }
  const kinds = checkedKinds(input.templates);
  if (input.words.length > 0 && kinds.length === 0) {
    throw new UsageError(`No card types chosen: pick at least one of ${CARD_KINDS.join(', ')}.`);
  }
  const deckName = normaliseDeckName(input.deckName);
  if (!deckName) throw new UsageError('The deck name is empty.');
  const deckChain = (name: string): PlannedDeck[] =>
    name.split('::').map((_p, i, parts) => {
      const chain = parts.slice(0, i + 1).join('::');
      return { id: deckIdFor(chain), name: chain };
    });
  const slug = tagSafe(input.articleSlug);
  const baseTags = ['zhcards', ...(slug ? [`src::${slug}`] : [])];
  const policy: PolicyInput = {
    ledger: input.ledger ?? EMPTY_LEDGER,
    refresh: input.refresh ?? false,
    exportedAtSecs: Math.floor(exportedAtMs / 1000),
  };

  const warnings: string[] = [];
  const seen = new Set<string>();
  const notes: PlannedNote[] = [];
  const ledgerEntries: LedgerEntry[] = [];
  const deckNames = new Set<string>([deckName]);
  const add = (guid: string, nt: NoteType, fields: string[], content: Parameters<typeof settleNote>[4], cardOrds: number[]) => {
    const settled = settleNote(guid, nt.id, nt.fields, fields, content, policy);
    deckNames.add(content.deck);
    ledgerEntries.push(settled.entry);
    notes.push({ guid, noteTypeId: nt.id, fields, tags: content.tags, cardOrds, deckId: deckIdFor(content.deck), mod: settled.mod, status: settled.status });
  };
  const wordOrds = kinds.map((k) => CARD_ORD[k]);
  for (const w of input.words) {
    const guid = wordGuid(w.simplified, w.pinyinNumbered || w.pinyin);
    if (seen.has(guid)) {
      warnings.push(`Skipped a second card for ${w.simplified} (${w.pinyin}).`);
      continue;
    }
    seen.add(guid);
    const kept = firstArticle(guid, { sentence: w.sentence, source: w.source, deck: deckName }, policy);
    const tags = noteTags(guid, [...baseTags, hskTag(w.level, w.scale)], policy);
    const fields = wordFields({ ...w, sentence: kept.sentence, source: kept.source }, kinds);
    add(guid, WORD_NOTE_TYPE, fields, { ...kept, tags }, wordOrds);
  }
  for (const s of sentences) {
    const guid = sentenceGuid(s.text);
    if (seen.has(guid)) {
      warnings.push(`Skipped a repeated sentence: ${s.text.length > 20 ? `${s.text.slice(0, 20)}…` : s.text}`);
      continue;
    }
    seen.add(guid);
    const kept = firstArticle(guid, { sentence: null, source: s.source, deck: deckName }, policy);
    const tags = noteTags(guid, baseTags, policy);
    add(guid, SENTENCE_NOTE_TYPE, sentenceFields({ ...s, source: kept.source }), { ...kept, tags }, [0]);
  }
  const decks = [...new Map([...deckNames].flatMap(deckChain).map((d) => [d.id, d])).values()];
  const noteTypes = [WORD_NOTE_TYPE, SENTENCE_NOTE_TYPE].filter((nt) => notes.some((n) => n.noteTypeId === nt.id));
  return {
    deck: { id: deckIdFor(deckName), name: deckName },
    decks,
    noteTypes,
    notes,
    cardKinds: kinds,
    cardCount: notes.reduce((sum, n) => sum + n.cardOrds.length, 0),
    exportedAtMs,
    warnings,
    counts: countStatuses(notes.map((n) => n.status)),
    ledgerEntries,
  };
}
