/**
 * Card requirements (`req`) as Anki's legacy `_reqForTemplate` computes them: which fields must
 * be non-empty for a template's front to render. Old importers and AnkiDroid still read it.
 */
export type TemplateRequirement = [ord: number, kind: 'all' | 'any' | 'none', fieldOrds: number[]];

const SECTION = /\{\{([#^])\s*([^}]+?)\s*\}\}([\s\S]*?)\{\{\/\s*\2\s*\}\}/;
const TAG = /\{\{\s*([^}]+?)\s*\}\}/g;

/** Minimal Anki template rendering: sections, inverted sections, fields and filters. */
export function renderTemplate(template: string, fields: ReadonlyMap<string, string>): string {
  let out = template;
  for (let m = SECTION.exec(out); m; m = SECTION.exec(out)) {
    const [whole, kind, name = '', body = ''] = m;
    const filled = (fields.get(name) ?? '').trim() !== '';
    out = out.replace(whole, () => ((kind === '#') === filled ? body : ''));
  }
  return out.replace(TAG, (_all, tag: string) => {
    if (tag === 'FrontSide') return '';
    const parts = tag.split(':');
    const value = fields.get((parts.pop() ?? '').trim()) ?? '';
    const tts = parts.some((f) => f.trim().startsWith('tts'));
    return tts && value ? `[anki:tts]${value}[/anki:tts]` : value;
  });
}

export function requirementFor(
  fieldNames: readonly string[],
  template: { ord: number; qfmt: string },
): TemplateRequirement {
  const FLAG = 'ankiflag';
  const render = (values: string[]): string =>
    renderTemplate(template.qfmt, new Map(fieldNames.map((n, i) => [n, values[i] ?? ''])));
  const full = fieldNames.map(() => FLAG);
  const none = fieldNames.map(() => '');
  const empty = render(none);
  if (render(full) === empty) return [template.ord, 'none', []];

  const required = fieldNames
    .map((_n, i) => i)
    .filter((i) => !render(full.map((v, j) => (j === i ? '' : v))).includes(FLAG));
  if (required.length) return [template.ord, 'all', required];

  const any = fieldNames
    .map((_n, i) => i)
    .filter((i) => render(none.map((v, j) => (j === i ? '1' : v))) !== empty);
  return [template.ord, 'any', any];
}
