/** Conversion between the Chinese scripts (simplified ⇄ traditional) with OpenCC, loaded lazily. */
export { simplifiedToTraditional, traditionalToSimplified } from './opencc.js';
