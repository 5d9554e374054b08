export { parseKnownWords, parseKnownEntries, combineKnown, knownWordsFrom, NO_KNOWN_WORDS, type KnownWords, type KnownEntry } from './known-words.js';
export { isHard, type CompoundPart, type FreeEvidence, type LearnerPolicy, type WordLevelFacts } from './hardness.js';
export { rankVocab, usefulness, SORT_ORDERS } from './rank.js';
export { pickExamples, EXAMPLE_LENGTH, type SentenceFacts } from './sentences.js';
export { pickStudySentences, STUDY_LENGTH, STUDY_FILL, STUDY_MIN, type StudyInput, type StudyPick, type StudyWords } from './study-sentences.js';
export { clauseProblem, type IsPredicate } from './clause-check.js';
export { countHan, textDifficulty, type DifficultyCounts } from './difficulty.js';
export { coverageByLevel, estimatedTextLevel, levelReaching, COVERAGE_TARGET } from './coverage.js';
export { cleanField, detectKnownFormat, parseKnownFile, type KnownFileFormat, type ParsedKnownFile } from './known-formats.js';
