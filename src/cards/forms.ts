/**
 * Where a word shows up in a sentence or a definition, in every script it is written in
 * (simplified, traditional, the article's own form): highlighting, blanking and masking all
 * need the same answer, or a card hides one form and gives the answer away in the other.
 */
import type { Token } from '../domain/types.js';

export type Span = readonly [start: number, end: number];

/** Distinct, non-empty forms, longest first (so 調研 is matched before a one-character form). */
export function distinctForms(forms: readonly (string | null | undefined)[]): string[] {
  const out = [...new Set(forms.filter((f): f is string => Boolean(f && f.trim())).map((f) => f.trim()))];
  return out.sort((a, b) => b.length - a.length);
}

/** Spans sorted, overlapping ones joined (touching ones stay apart: two adjacent words), empty ones dropped. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    const last = merged[merged.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else if (s < e) merged.push([s, e]);
  }
  return merged;
}

/**
 * Every occurrence of the word: each token written in one of its forms, and each place the text
 * contains a form of two or more characters (a segmenter may have cut 政策性 as one token).
 * A one-character form counts only as a whole token, so 行 is not highlighted inside 银行;
 * `inside: true` finds it there too, for a blank that must never leave the answer visible.
 */
export function occurrences(text: string, tokens: readonly Token[], forms: readonly string[], opts: { inside?: boolean } = {}): Span[] {
  const wanted = distinctForms(forms);
  const spans: Span[] = tokens.filter((t) => wanted.includes(t.text)).map((t): Span => [t.start, t.end]);
  for (const form of wanted) {
    if (form.length < 2 && !opts.inside) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) spans.push([at, at + form.length]);
  }
  return mergeSpans(spans.filter(([s, e]) => s >= 0 && e <= text.length && s < e));
}

/** The mark that stands for the headword in a definition ("～" as dictionaries write it). */
export const HEADWORD_MARK = '～';

/** A definition with every form of the headword replaced by ～ (`民宿 hotel` → `～ hotel`). */
export function maskHeadword(definition: string, forms: readonly string[]): string {
  return maskDefinitions([definition], forms)[0]!;
}

/** Every definition of a word masked, the forms worked out once. */
export function maskDefinitions(definitions: readonly string[], forms: readonly string[]): string[] {
  const wanted = distinctForms(forms);
  return definitions.map((d) => {
    let out = d;
    for (const form of wanted) if (out.includes(form)) out = out.split(form).join(HEADWORD_MARK);
    return out;
  });
}
