export { displayWidth, truncateToWidth, padToWidth } from './width.js';
export { levelLabel, levelDescription, headword } from './labels.js';
