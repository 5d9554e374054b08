/**
 * opencc-js behind one door: word-level conversion between simplified (mainland) and
 * traditional (Taiwan) Chinese. Each converter costs ~0.5–2 s of dictionary building, so
 * each is built on first use only: simplified input never pays for it at run time.
 */
import { createRequire } from 'node:module';

type Convert = (text: string) => string;
interface OpenCC {
  Converter(options: { from: string; to: string }): Convert;
}

const require = createRequire(import.meta.url);
let toTw: Convert | undefined;
let toCn: Convert | undefined;

/** Loaded on demand through require: the split bundles carry one direction's tables each. */
function converter(bundle: 'opencc-js/cn2t' | 'opencc-js/t2cn', from: string, to: string): Convert {
  return (require(bundle) as OpenCC).Converter({ from, to });
}

/** Simplified → traditional as written in Taiwan, phrase-aware: 头发 → 頭髮, 发展 → 發展. */
export function toTraditional(text: string): string {
  toTw ??= converter('opencc-js/cn2t', 'cn', 'tw');
  return toTw(text);
}

/** Traditional (any variant: 臺/台, 裡/裏, 鑑/鑒) → mainland simplified: 天文臺 → 天文台. */
export function toSimplified(text: string): string {
  toCn ??= converter('opencc-js/t2cn', 'tw', 'cn');
  return toCn(text);
}

/** True once a converter has been built (for tests that guard the cold-start cost). */
export function openccLoaded(): boolean {
  return toTw !== undefined || toCn !== undefined;
}
