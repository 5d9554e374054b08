/**
 * Anki's rules, written for the tests independently of src/anki: template rendering
 * ({{Field}}, {{#Field}}, {{^Field}}, {{FrontSide}}, furigana/tts/text filters), which cards a
 * note gets (the model's `req`, as Anki 2.1.16 reads it, and "the front shows a non-empty
 * field", as current Anki decides), and the 2.1.16 .apkg importer's note/card rules.
 */
import { openApkg } from './helpers.js';

/** Anki's field_is_empty: only whitespace and <br>/<div> tags. */
export const fieldIsEmpty = (value: string): boolean => /^(?:\s|<\/?(?:br|div)\s*\/?>)*$/i.test(value);

function applyFilters(filters: string[], value: string): string {
  let out = value;
  for (const f of filters.reverse()) {
    if (f === 'furigana') out = out.replace(/ ?([^ >]+?)\[(.+?)\]/g, '<ruby><rb>$1</rb><rt>$2</rt></ruby>');
    else if (f === 'text') out = out.replace(/<[^>]*>/g, '');
    else if (f.startsWith('tts')) out = out ? `[anki:tts]${out}[/anki:tts]` : '';
  }
  return out;
}

export interface Rendered {
  html: string;
  /** A non-empty field was substituted somewhere (current Anki's test for generating a card). */
  showsField: boolean;
}

export function render(template: string, fields: ReadonlyMap<string, string>, frontSide = ''): Rendered {
  let showsField = false;
  const walk = (text: string): string => {
    let out = '';
    let at = 0;
    const open = /\{\{([#^/]?)\s*([^}]+?)\s*\}\}/g;
    for (let m = open.exec(text); m; m = open.exec(text)) {
      out += text.slice(at, m.index);
      const [whole, kind, name = ''] = m;
      if (kind === '#' || kind === '^') {
        const close = `{{/${name}}}`;
        // Find the matching close, allowing nested sections of the same name.
        let depth = 1;
        let i = m.index + whole.length;
        let end = -1;
        while (depth > 0) {
          const nextOpen = text.indexOf(`{{#${name}}}`, i);
          const nextClose = text.indexOf(close, i);
          if (nextClose < 0) throw new Error(`unclosed section ${name}`);
          if (nextOpen >= 0 && nextOpen < nextClose) [depth, i] = [depth + 1, nextOpen + 3];
          else [depth, i, end] = [depth - 1, nextClose + close.length, nextClose];
        }
        const filled = !fieldIsEmpty(fields.get(name) ?? '');
        if ((kind === '#') === filled) out += walk(text.slice(m.index + whole.length, end));
        at = i;
        open.lastIndex = i;
        continue;
      }
      if (name === 'FrontSide') out += frontSide;
      else {
        const parts = name.split(':');
        const field = parts.pop()!.trim();
        const value = fields.get(field) ?? '';
        if (!fieldIsEmpty(value)) showsField = true;
        out += applyFilters(parts.map((p) => p.trim()), value);
      }
      at = m.index + whole.length;
    }
    return out + text.slice(at);
  };
  return { html: walk(template), showsField };
}

export type Req = [number, 'all' | 'any' | 'none', number[]];

/** Template ords Anki 2.1.16 generates for a note, from the model's `req`. */
export function ordsByReq(req: readonly Req[], values: readonly string[]): number[] {
  const filled = values.map((v) => !fieldIsEmpty(v));
  return req
    .filter(([, kind, ords]) => (kind === 'all' ? ords.every((o) => filled[o]) : kind === 'any' ? ords.some((o) => filled[o]) : false))
    .map(([ord]) => ord);
}

export interface Model {
  id: number;
  flds: Array<{ name: string }>;
  tmpls: Array<{ ord: number; qfmt: string; afmt: string }>;
  req: Req[];
  did: number;
  mod: number;
}
interface Note {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string;
  flds: string;
}

/** A learner's collection, imported into with Anki 2.1.16's rules (importing/anki2.py). */
export class Collection {
  readonly notes = new Map<string, Note>();
  /** `${guid}:${ord}` → card id and deck. */
  readonly cards = new Map<string, { id: number; did: number }>();
  readonly models = new Map<number, Model>();
  log = { added: 0, updated: 0, skipped: 0 };

  async importApkg(path: string): Promise<void> {
    const { db } = await openApkg(path);
    try {
      const col = db.prepare('SELECT models FROM col').get() as { models: string };
      for (const m of Object.values(JSON.parse(col.models) as Record<string, Model>)) {
        const have = this.models.get(m.id);
        // Same schema assumed (names are frozen); a newer mod replaces templates and styling.
        if (!have || m.mod > have.mod) this.models.set(m.id, m);
      }
      this.log = { added: 0, updated: 0, skipped: 0 };
      for (const n of db.prepare('SELECT id, guid, mid, mod, tags, flds FROM notes').all() as Note[]) {
        const have = this.notes.get(n.guid);
        if (!have) {
          this.notes.set(n.guid, { ...n });
          this.log.added++;
        } else if (have.mod < n.mod && have.mid === n.mid) {
          this.notes.set(n.guid, { ...n, id: have.id });
          this.log.updated++;
        } else this.log.skipped++;
      }
      const rows = db.prepare('SELECT c.id, c.ord, c.did, n.guid FROM cards c JOIN notes n ON c.nid = n.id').all() as Array<{
        id: number; ord: number; did: number; guid: string;
      }>;
      for (const c of rows) {
        const key = `${c.guid}:${c.ord}`;
        // "fixme: in future, could update if newer mod time": existing cards are never touched.
        if (!this.cards.has(key)) this.cards.set(key, { id: c.id, did: c.did });
      }
    } finally {
      db.close();
    }
  }

  fields(guid: string): Map<string, string> {
    const n = this.notes.get(guid)!;
    const values = n.flds.split('\x1f');
    return new Map(this.models.get(n.mid)!.flds.map((f, i) => [f.name, values[i] ?? '']));
  }

  /** The learner edits a note in the browser: new mod, and Anki generates any card whose req is now met. */
  edit(guid: string, changes: Record<string, string>, tags: string | null, nowSecs: number): void {
    const n = this.notes.get(guid)!;
    const model = this.models.get(n.mid)!;
    const values = this.fields(guid);
    for (const [k, v] of Object.entries(changes)) values.set(k, v);
    n.flds = model.flds.map((f) => values.get(f.name) ?? '').join('\x1f');
    if (tags !== null) n.tags = tags;
    n.mod = nowSecs;
    const sibling = [...this.cards.entries()].find(([k]) => k.startsWith(`${guid}:`))?.[1];
    for (const ord of ordsByReq(model.req, n.flds.split('\x1f'))) {
      const key = `${guid}:${ord}`;
      if (!this.cards.has(key)) this.cards.set(key, { id: nowSecs * 1000 + ord, did: sibling?.did ?? model.did });
    }
  }
}
