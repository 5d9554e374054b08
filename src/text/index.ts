export { displayWidth, truncateToWidth, padToWidth, isWideCodePoint } from './width.js';
export { levelLabel, levelDescription, headword, formOf, otherForm } from './labels.js';
