/**
 * What the review screen shows for a note (Hanzi, pinyin, meaning, example sentence), keyed by
 * the Anki note GUID. Adding notes again updates their content and creates only missing
 * cards; an existing card keeps its schedule, deck and suspension.
 */
import type { StudyCard } from '../study/types.js';
import type { Database } from './open-database.js';
import { ensureDeck } from './study-decks.js';
import { scheduleParams } from './study-cards.js';

export interface StudyNote {
  guid: string;
  /** Simplified headword. */
  word: string;
  traditional: string;
  /** Tone marks, one space between syllables. */
  pinyin: string;
  /** CC-CEDICT numbers (`diao4 yan2`): what the pinyin drill checks against. */
  pinyinNumbered: string;
  meaning: string;
  /** Example sentence ('' when none) and its pinyin, token by token. */
  sentence: string;
  sentencePinyin: string;
  /** UTF-16 offsets of the word in `sentence` (0, 0 when none). */
  targetStart: number;
  targetEnd: number;
  /** Article title it came from. */
  source: string;
}

export interface AddNotesResult {
  notesAdded: number;
  notesUpdated: number;
  cardsAdded: number;
}

/** Upserts notes and their cards into `deckName` in one transaction. */
export function addStudyNotes(db: Database, deckName: string, notes: ReadonlyArray<{ note: StudyNote; cards: StudyCard[] }>, now: number): AddNotesResult {
  const upsertNote = db.prepare(
    `INSERT INTO study_notes (guid, word, traditional, pinyin, pinyin_numbered, meaning, sentence, sentence_pinyin, target_start, target_end, source, created_at, updated_at)
     VALUES (@guid, @word, @traditional, @pinyin, @pinyinNumbered, @meaning, @sentence, @sentencePinyin, @targetStart, @targetEnd, @source, @now, @now)
     ON CONFLICT (guid) DO UPDATE SET word = excluded.word, traditional = excluded.traditional, pinyin = excluded.pinyin,
       pinyin_numbered = excluded.pinyin_numbered, meaning = excluded.meaning, sentence = excluded.sentence,
       sentence_pinyin = excluded.sentence_pinyin, target_start = excluded.target_start, target_end = excluded.target_end,
       source = excluded.source, updated_at = excluded.updated_at`,
  );
  const exists = db.prepare('SELECT 1 FROM study_notes WHERE guid = ?').pluck();
  const insertCard = db.prepare(
    `INSERT INTO study_cards (id, note_guid, kind, word, deck_id, suspended, created_at, state, due, stability, difficulty, scheduled_days, learning_steps, reps, lapses, last_review)
     VALUES (@id, @note_guid, @kind, @word, @deck_id, 0, @created_at, @state, @due, @stability, @difficulty, @scheduled_days, @learning_steps, @reps, @lapses, @last_review)
     ON CONFLICT (id) DO NOTHING`,
  );
  return db.transaction(() => {
    const deckId = ensureDeck(db, deckName, now);
    const out: AddNotesResult = { notesAdded: 0, notesUpdated: 0, cardsAdded: 0 };
    for (const { note, cards } of notes) {
      if (exists.get(note.guid)) out.notesUpdated++;
      else out.notesAdded++;
      upsertNote.run({ ...note, now });
      for (const c of cards) {
        out.cardsAdded += insertCard.run({ id: c.id, note_guid: c.noteGuid, kind: c.kind, word: c.word, deck_id: deckId, created_at: c.createdAt, ...scheduleParams(c.schedule) }).changes;
      }
    }
    return out;
  }).immediate();
}

interface NoteRow {
  guid: string;
  word: string;
  traditional: string;
  pinyin: string;
  pinyin_numbered: string;
  meaning: string;
  sentence: string;
  sentence_pinyin: string;
  target_start: number;
  target_end: number;
  source: string;
}

export function getStudyNote(db: Database, guid: string): StudyNote | null {
  const r = db.prepare('SELECT * FROM study_notes WHERE guid = ?').get(guid) as NoteRow | undefined;
  if (!r) return null;
  return {
    guid: r.guid,
    word: r.word,
    traditional: r.traditional,
    pinyin: r.pinyin,
    pinyinNumbered: r.pinyin_numbered,
    meaning: r.meaning,
    sentence: r.sentence,
    sentencePinyin: r.sentence_pinyin,
    targetStart: r.target_start,
    targetEnd: r.target_end,
    source: r.source,
  };
}

export function countStudyNotes(db: Database): number {
  return db.prepare('SELECT count(*) FROM study_notes').pluck().get() as number;
}
