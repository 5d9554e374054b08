/** The card kinds a word can become: one list shared by the CLI, the Anki writer and study. */

export type CardKind = 'recognition' | 'production' | 'listening';
export const CARD_KINDS: readonly CardKind[] = ['recognition', 'production', 'listening'];

/** The kinds `export` makes when none are chosen. */
export const DEFAULT_CARD_KINDS: readonly CardKind[] = ['recognition', 'production'];

export function isCardKind(s: string): s is CardKind {
  return (CARD_KINDS as readonly string[]).includes(s);
}
