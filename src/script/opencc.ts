/**
 * OpenCC (opencc-js) behind one door, loaded on first use: its tables take ~150 ms to build, which
 * only traditional input should pay. Converters are made once per direction and kept.
 */
import { createRequire } from 'node:module';

type Convert = (text: string) => string;
interface OpenCC {
  Converter(options: { from: string; to: string }): Convert;
}

const require = createRequire(import.meta.url);
const converters = new Map<string, Convert>();
let toSimplifiedModule: OpenCC | undefined;
let toTraditionalModule: OpenCC | undefined;

/** Traditional (Taiwan standard, character and phrase level) → mainland simplified. */
export function traditionalToSimplified(text: string): string {
  let c = converters.get('tw→cn');
  if (!c) {
    toSimplifiedModule ??= require('opencc-js/t2cn') as OpenCC;
    converters.set('tw→cn', (c = toSimplifiedModule.Converter({ from: 'tw', to: 'cn' })));
  }
  return c(text);
}

/** Mainland simplified → traditional (Taiwan standard); used by checks and tests. */
export function simplifiedToTraditional(text: string): string {
  let c = converters.get('cn→tw');
  if (!c) {
    toTraditionalModule ??= require('opencc-js/cn2t') as OpenCC;
    converters.set('cn→tw', (c = toTraditionalModule.Converter({ from: 'cn', to: 'tw' })));
  }
  return c(text);
}
