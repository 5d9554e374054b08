/**
 * Plain, serialisable study records (epoch-ms times, string unions, no Date or class): one per
 * card with its FSRS state, one per answer in the review log, so a repository stores them as rows.
 */
import type { CardKind } from '../cards/kinds.js';

/**
 * Recognition and production keep the Anki export's card-kind names, so a study card and an
 * exported card of the same note are the same card; `pinyin` is the terminal's typing drill.
 */
export type StudyCardKind = Extract<CardKind, 'recognition' | 'production'> | 'pinyin';
export const STUDY_CARD_KINDS: readonly StudyCardKind[] = ['recognition', 'production', 'pinyin'];

export type CardState = 'new' | 'learning' | 'review' | 'relearning';
export type GradeName = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly GradeName[] = ['again', 'hard', 'good', 'easy'];

/** The FSRS memory and timing of one card; every field a column. */
export interface CardSchedule {
  state: CardState;
  /** Epoch ms when the card is next due. */
  due: number;
  stability: number;
  difficulty: number;
  /** Days between the last review and `due` (0 while in minute-long learning steps). */
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  reps: number;
  lapses: number;
  /** Epoch ms of the last answer; null for a new card. */
  lastReview: number | null;
}

export interface StudyCard {
  /** `studyCardId(noteGuid, kind)`: unique per card, stable across re-exports. */
  id: string;
  /** The Anki note's GUID (same word, same GUID, in Anki and here). */
  noteGuid: string;
  kind: StudyCardKind;
  /** Simplified headword: known words and "mark known" act on all its cards at once. */
  word: string;
  suspended: boolean;
  /** Epoch ms the card was added; new cards are introduced oldest first. */
  createdAt: number;
  schedule: CardSchedule;
}

/** One answer, with the state before and after, kept for undo and for FSRS optimisation. */
export interface ReviewLogRecord {
  /** `${cardId}@${reviewedAt}`: deterministic, so the effect that undoes it can name it. */
  id: string;
  cardId: string;
  /** Epoch ms of the answer. */
  reviewedAt: number;
  grade: GradeName;
  previous: CardSchedule;
  next: CardSchedule;
}

/**
 * The kind goes last and card kinds contain no `:`, so the id splits back at the last `:` even
 * though Anki GUIDs may contain one.
 */
export function studyCardId(noteGuid: string, kind: StudyCardKind): string {
  return `${noteGuid}:${kind}`;
}

export function parseStudyCardId(id: string): { noteGuid: string; kind: StudyCardKind } | null {
  const at = id.lastIndexOf(':');
  const kind = id.slice(at + 1) as StudyCardKind;
  if (at <= 0 || !STUDY_CARD_KINDS.includes(kind)) return null;
  return { noteGuid: id.slice(0, at), kind };
}
