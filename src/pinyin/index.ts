export { numberedToMarks, marksToNumbered, toneOf, toMarksSyllables, type Tone } from '../notation/index.js';
export { sentencePinyin, type Reading } from './sentence.js';
export { contextReadings, type SentenceReadings } from './context.js';
