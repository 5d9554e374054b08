/** Aggregates for the stats screen and the Library's "Study (N due)", computed in SQL. */
import type { CardsByState } from '../study/stats.js';
import type { Database } from './open-database.js';
import type { CardFilter } from './study-cards.js';

const deckClause = (filter: CardFilter) => (filter.deck === null ? '' : ' AND c.deck_id = (SELECT id FROM study_decks WHERE name = @deck)');
const KNOWN = 'EXISTS (SELECT 1 FROM known_words k WHERE k.word = c.word)';

export function countCardsByState(db: Database, filter: CardFilter): CardsByState {
  const r = db
    .prepare(
      `SELECT coalesce(sum(${KNOWN}), 0) AS known,
         coalesce(sum(NOT ${KNOWN} AND c.suspended = 1), 0) AS suspended,
         coalesce(sum(NOT ${KNOWN} AND c.suspended = 0 AND c.state = 'new'), 0) AS new,
         coalesce(sum(NOT ${KNOWN} AND c.suspended = 0 AND c.state IN ('learning', 'relearning')), 0) AS learning,
         coalesce(sum(NOT ${KNOWN} AND c.suspended = 0 AND c.state = 'review'), 0) AS review
       FROM study_cards c WHERE 1${deckClause(filter)}`,
    )
    .get({ deck: filter.deck }) as CardsByState;
  return r;
}

/** Due times of studiable non-new cards due before `before` (for the forecast). */
export function dueTimes(db: Database, filter: CardFilter, before: number): number[] {
  return db
    .prepare(`SELECT c.due FROM study_cards c WHERE c.state <> 'new' AND c.suspended = 0 AND c.due < @before AND NOT ${KNOWN}${deckClause(filter)}`)
    .pluck()
    .all({ before, deck: filter.deck }) as number[];
}

/** When the next studiable learning or review card comes due (null when there is none). */
export function nextDue(db: Database, filter: CardFilter, after: number): number | null {
  return (
    (db
      .prepare(`SELECT min(c.due) FROM study_cards c WHERE c.state <> 'new' AND c.suspended = 0 AND c.due >= @after AND NOT ${KNOWN}${deckClause(filter)}`)
      .pluck()
      .get({ after, deck: filter.deck }) as number | null) ?? null
  );
}

export function countCards(db: Database, filter: CardFilter): number {
  return db.prepare(`SELECT count(*) FROM study_cards c WHERE 1${deckClause(filter)}`).pluck().get({ deck: filter.deck }) as number;
}
