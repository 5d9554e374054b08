/** The learner's study options: what they typed, else what they saved, else the defaults. */
import { readSettings, writeSettings, type Database, type Settings } from '../storage/index.js';

export interface StudyOptions {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
}

export const DEFAULT_STUDY_OPTIONS: StudyOptions = { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200 };

export function readStudyOptions(db: Database): StudyOptions {
  const s = readSettings(db);
  return {
    desiredRetention: s.studyRetention ?? DEFAULT_STUDY_OPTIONS.desiredRetention,
    newPerDay: s.studyNewPerDay ?? DEFAULT_STUDY_OPTIONS.newPerDay,
    reviewsPerDay: s.studyReviewsPerDay ?? DEFAULT_STUDY_OPTIONS.reviewsPerDay,
  };
}

export function saveStudyOptions(db: Database, given: Partial<StudyOptions>, now: Date): void {
  const values: Partial<Settings> = {};
  if (given.desiredRetention !== undefined) values.studyRetention = given.desiredRetention;
  if (given.newPerDay !== undefined) values.studyNewPerDay = given.newPerDay;
  if (given.reviewsPerDay !== undefined) values.studyReviewsPerDay = given.reviewsPerDay;
  writeSettings(db, values, now);
}
