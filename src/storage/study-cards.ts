/**
 * Study cards as rows: each CardSchedule field is a column, so due queries use an index and
 * an answer rewrites one row. Queries load only what a session needs (due today, a few new).
 */
import type { CardSchedule, StudyCard, StudyCardKind } from '../study/types.js';
import type { Database } from './open-database.js';

interface CardRow {
  id: string;
  note_guid: string;
  kind: StudyCardKind;
  word: string;
  suspended: number;
  created_at: number;
  state: CardSchedule['state'];
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review: number | null;
}

export const CARD_COLUMNS =
  'c.id, c.note_guid, c.kind, c.word, c.suspended, c.created_at, c.state, c.due, c.stability, c.difficulty, c.scheduled_days, c.learning_steps, c.reps, c.lapses, c.last_review';

export function cardFromRow(r: CardRow): StudyCard {
  return {
    id: r.id,
    noteGuid: r.note_guid,
    kind: r.kind,
    word: r.word,
    suspended: r.suspended !== 0,
    createdAt: r.created_at,
    schedule: {
      state: r.state,
      due: r.due,
      stability: r.stability,
      difficulty: r.difficulty,
      scheduledDays: r.scheduled_days,
      learningSteps: r.learning_steps,
      reps: r.reps,
      lapses: r.lapses,
      lastReview: r.last_review,
    },
  };
}

export function scheduleParams(s: CardSchedule) {
  return {
    state: s.state,
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    last_review: s.lastReview,
  };
}

const SET_SCHEDULE =
  'state = @state, due = @due, stability = @stability, difficulty = @difficulty, scheduled_days = @scheduled_days, learning_steps = @learning_steps, reps = @reps, lapses = @lapses, last_review = @last_review';

/** Writes a card's schedule (and suspension); false when the card no longer exists. */
export function writeCardSchedule(db: Database, card: StudyCard): boolean {
  return (
    db.prepare(`UPDATE study_cards SET ${SET_SCHEDULE}, suspended = @suspended WHERE id = @id`).run({ ...scheduleParams(card.schedule), suspended: card.suspended ? 1 : 0, id: card.id })
      .changes > 0
  );
}

export interface CardFilter {
  /** Deck name (case-insensitive); null = every deck. */
  deck: string | null;
}

/** `AND …` keeping cards studiable: the deck, not suspended, not a known word. */
function studiable(filter: CardFilter): string {
  const deck = filter.deck === null ? '' : ' AND c.deck_id = (SELECT id FROM study_decks WHERE name = @deck)';
  return `${deck} AND c.suspended = 0 AND NOT EXISTS (SELECT 1 FROM known_words k WHERE k.word = c.word)`;
}

/**
 * Learning and relearning cards due before `before` (the end of the study day), and the
 * `reviewLimit` most overdue review cards (all when omitted): a backlog of thousands is never
 * read in full when the day's limit is 200. Ordered by due alone, so SQLite walks the index and
 * stops at the limit (adding the id would sort every overdue card first).
 */
export function loadDueCards(db: Database, filter: CardFilter, before: number, reviewLimit = -1): StudyCard[] {
  const learning = db
    .prepare(`SELECT ${CARD_COLUMNS} FROM study_cards c WHERE c.state IN ('learning', 'relearning') AND c.due < @before${studiable(filter)}`)
    .all({ before, deck: filter.deck }) as CardRow[];
  const reviews = db
    .prepare(`SELECT ${CARD_COLUMNS} FROM study_cards c WHERE c.state = 'review' AND c.due < @before${studiable(filter)} ORDER BY c.due LIMIT @limit`)
    .all({ before, deck: filter.deck, limit: reviewLimit }) as CardRow[];
  return [...learning, ...reviews].map(cardFromRow);
}

/** The oldest `limit` new cards (the queue picks among them, one per note a day). */
export function loadNewCards(db: Database, filter: CardFilter, limit: number): StudyCard[] {
  const rows = db
    .prepare(`SELECT ${CARD_COLUMNS} FROM study_cards c WHERE c.state = 'new'${studiable(filter)} ORDER BY c.created_at, c.note_guid LIMIT @limit`)
    .all({ limit, deck: filter.deck }) as CardRow[];
  return rows.map(cardFromRow);
}

export function getStudyCard(db: Database, id: string): StudyCard | null {
  const row = db.prepare(`SELECT ${CARD_COLUMNS} FROM study_cards c WHERE c.id = ?`).get(id) as CardRow | undefined;
  return row ? cardFromRow(row) : null;
}

export function setSuspended(db: Database, cardId: string, suspended: boolean): boolean {
  return db.prepare('UPDATE study_cards SET suspended = ? WHERE id = ?').run(suspended ? 1 : 0, cardId).changes > 0;
}

/** Every card of the filter, studiable or not (stats of small collections, tests). */
export function loadAllCards(db: Database, filter: CardFilter): StudyCard[] {
  const deck = filter.deck === null ? '' : ' WHERE c.deck_id = (SELECT id FROM study_decks WHERE name = @deck)';
  return (db.prepare(`SELECT ${CARD_COLUMNS} FROM study_cards c${deck} ORDER BY c.created_at, c.id`).all({ deck: filter.deck }) as CardRow[]).map(cardFromRow);
}
