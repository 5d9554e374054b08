/** Name spans of one sentence: merging the rules' findings, joining names across ·/-, and their parts. */
import type { Span } from './name-reading.js';
import { NAME_JOINERS } from './transliteration.js';

/** Non-overlapping spans, earliest first, the longer of two starting together. */
export function merge(all: Span[]): Span[] {
  all.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const kept: Span[] = [];
  for (const span of all) if (!kept.length || span[0] >= kept[kept.length - 1]![1]) kept.push(span);
  return kept;
}

/** 谢莉尔－米勒: two names found by different rules, one joiner apart, are one name. */
export function joinAcross(spans: Span[], simp: string): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out.at(-1);
    if (last && span[0] === last[1] + 1 && NAME_JOINERS.has(simp[last[1]]!)) last[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/** The parts of a joined name (安德鲁-拜纳姆 → 安德鲁, 拜纳姆), each a name on its own. */
export function splitJoined(name: string): string[] {
  const parts = [''];
  for (const ch of name) {
    if (NAME_JOINERS.has(ch)) parts.push('');
    else parts[parts.length - 1] += ch;
  }
  return parts;
}
