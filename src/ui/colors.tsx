/** The colour depth as React context, so every component colours (or not) the same way. */
import { createContext, useContext } from 'react';
import { toneColor, type ColorDepth } from './tone-colors.js';

export const ColorDepthContext = createContext<ColorDepth>(24);

export interface Palette {
  tone: (syllable: string) => string | undefined;
  /** A named colour, or undefined when the terminal shows none. */
  named: (name: string) => string | undefined;
  depth: ColorDepth;
}

export function usePalette(): Palette {
  const depth = useContext(ColorDepthContext);
  return { tone: (s) => toneColor(s, depth), named: (n) => (depth === 1 ? undefined : n), depth };
}
