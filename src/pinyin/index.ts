export { numberedToMarks, marksToNumbered, toneOf, toMarksSyllables, type Tone } from './convert.js';
export { sentencePinyin, type Reading } from './sentence.js';
