export { numberedToMarks, marksToNumbered, toneOf, toMarksSyllables, type Tone } from './convert.js';
export { isSyllable } from './syllables.js';
