export { displayWidth, truncateToWidth, padToWidth, isWideCodePoint } from './width.js';
export { headword } from './labels.js';
