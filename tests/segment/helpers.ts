import type { Segment, TokenKind } from '../../src/domain/types.js';

export const texts = (tokens: Segment[], kind?: TokenKind): string[] =>
  tokens.filter((t) => kind === undefined || t.kind === kind).map((t) => t.text);

export const kindOf = (tokens: Segment[], text: string): TokenKind | undefined => tokens.find((t) => t.text === text)?.kind;

/** Tokens are in order, do not overlap, match their offsets, and leave out only whitespace. */
export function expectCovers(sentence: string, tokens: Segment[]): string[] {
  const problems: string[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.start < at) problems.push(`overlap at ${t.start}`);
    if (!/^\s*$/.test(sentence.slice(at, t.start))) problems.push(`gap ${JSON.stringify(sentence.slice(at, t.start))}`);
    if (sentence.slice(t.start, t.end) !== t.text) problems.push(`offsets of ${t.text}`);
    if (t.end <= t.start) problems.push(`empty token at ${t.start}`);
    at = t.end;
  }
  if (!/^\s*$/.test(sentence.slice(at))) problems.push(`uncovered tail ${JSON.stringify(sentence.slice(at))}`);
  return problems;
}
