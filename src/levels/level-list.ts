/**
 * Cells of word lists with levels, as published: level cells like `3`, `HSK3`, `7-9`, and
 * word cells with variants `爸爸|爸`, optional parts `有（一）点儿`, sense numbers `称1`
 * and slot marks `…极了`. Shared by the HSK 3.0 reader and any list a learner brings.
 */

/** The level a cell names: `3`, `HSK 3`, `L3` → 3; a band `7-9` → its lowest level, 7; else null. */
export function parseLevelCell(cell: string): number | null {
  const m = /^\s*(?:hsk|level|l)?\s*(\d+)(?:\s*[-–~]\s*\d+)?\s*$/i.exec(cell);
  return m ? Number(m[1]) : null;
}

/** `有（一）点儿` → [有一点儿, 有点儿]: each optional part in or out. */
function expandOptional(form: string): string[] {
  const m = /[（(]([^）)]*)[）)]/.exec(form);
  if (!m) return [form];
  const before = form.slice(0, m.index);
  const after = form.slice(m.index + m[0].length);
  return [...expandOptional(before + m[1] + after), ...expandOptional(before + after)];
}

/** Clean Han forms of a word cell: variants split, optional parts expanded, sense numbers and slot marks dropped. */
export function wordForms(cell: string): string[] {
  const forms = cell
    .split(/[|｜/／]/)
    .flatMap((v) => expandOptional(v.trim()))
    .map((f) => f.replace(/[…⋯.。]+/g, '').replace(/[0-9０-９]+$/, '').trim());
  return [...new Set(forms.filter((f) => /^\p{Script=Han}+$/u.test(f)))];
}
