export { parseKnownWords, parseKnownEntries, combineKnown, knownWordsFrom, NO_KNOWN_WORDS, type KnownWords, type KnownEntry } from './known-words.js';
export { isHard, type CompoundPart, type LearnerPolicy, type WordLevelFacts } from './hardness.js';
export { rankVocab, usefulness, SORT_ORDERS } from './rank.js';
export { pickExamples, pickStudySentences, EXAMPLE_LENGTH, STUDY_LENGTH, type SentenceFacts } from './sentences.js';
export { coverageByLevel, estimatedTextLevel, COVERAGE_TARGET } from './coverage.js';
export { cleanField, detectKnownFormat, parseKnownFile, type KnownFileFormat, type ParsedKnownFile } from './known-formats.js';
