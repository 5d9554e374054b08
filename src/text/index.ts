export { displayWidth, truncateToWidth, padToWidth, isWideCodePoint } from './width.js';
export { headword, formOf, otherForm } from './labels.js';
