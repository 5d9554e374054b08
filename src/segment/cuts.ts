/** jieba's word boundaries in a sentence's simplified copy: the one step of segmenting that needs nodejieba. */
import { jiebaBoundaries } from './draft.js';
import { jiebaCut } from './jieba.js';

const HAN = /\p{Script=Han}/u;

/** Where jieba cuts a sentence: word boundaries in its simplified copy (same offsets as the text). */
export function cutsOf(simp: string): number[] {
  return HAN.test(simp) ? jiebaBoundaries(simp, jiebaCut(simp)) : [];
}

/** cutsOf of each simplified copy: what the thread holding nodejieba does for one that has none. */
export function jiebaCutsOf(simps: readonly string[]): number[][] {
  return simps.map(cutsOf);
}
