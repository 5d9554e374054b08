export { displayWidth, truncateToWidth, padToWidth, isWideCodePoint } from './width.js';
export { levelLabel, levelDescription, headword } from './labels.js';
