import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDeckPlan, deckIdFor, sentenceGuid, wordGuid } from '../../src/anki/index.js';
import { DIAOYAN, NOW, ZAITI } from '../fixtures/anki/cards.js';
import { openApkg } from './helpers.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'zhcards-anki-id-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exportInChild(name: string, when: string) {
  const out = join(dir, name);
  const script = new URL('../fixtures/anki/export-once.ts', import.meta.url).pathname;
  await run(process.execPath, ['--import', 'tsx', script, out, when], { cwd: new URL('../..', import.meta.url).pathname });
  const { db } = await openApkg(out);
  try {
    const col = db.prepare('SELECT models, decks FROM col').get() as { models: string; decks: string };
    const notes = db.prepare('SELECT guid, mid, mod FROM notes ORDER BY id').all() as Array<{ guid: string; mid: number; mod: number }>;
    return {
      guids: notes.map((n) => n.guid),
      mids: notes.map((n) => n.mid),
      mods: [...new Set(notes.map((n) => n.mod))],
      modelIds: Object.keys(JSON.parse(col.models) as object).sort(),
      decks: Object.values(JSON.parse(col.decks) as Record<string, { id: number; name: string }>).map((d) => `${d.id} ${d.name}`).sort(),
    };
  } finally {
    db.close();
  }
}

describe('stable identity', () => {
  it('two exports in two processes, a day apart, share GUIDs, deck ids and note-type ids', async () => {
    const [a, b] = await Promise.all([
      exportInChild('a.apkg', '2025-03-14T09:00:00Z'),
      exportInChild('b.apkg', '2025-03-15T18:30:00Z'),
    ]);
    expect(a.guids).toHaveLength(4);
    expect(b.guids).toEqual(a.guids);
    expect(b.mids).toEqual(a.mids);
    expect(b.modelIds).toEqual(a.modelIds);
    expect(b.decks).toEqual(a.decks);
    // …while the later export is newer, so Anki updates the notes instead of skipping them.
    expect(a.mods).toEqual([Date.parse('2025-03-14T09:00:00Z') / 1000]);
    expect(b.mods[0]).toBeGreaterThan(a.mods[0]!);
  }, 60_000);

  it('a word keeps its GUID whichever article, deck or card types it comes with', () => {
    const one = buildDeckPlan({ deckName: 'zhcards::A', words: [ZAITI, DIAOYAN], templates: ['recognition'], now: NOW, articleSlug: 'a' });
    const other = buildDeckPlan({
      deckName: 'Chinese::Reading',
      words: [{ ...DIAOYAN, sentence: null, source: { title: '另一篇', file: 'b.txt' } }],
      templates: ['production', 'listening'],
      now: new Date(NOW.getTime() + 86_400_000),
      articleSlug: 'b',
    });
    expect(other.notes[0]!.guid).toBe(one.notes[1]!.guid);
    expect(one.notes[1]!.guid).toBe(wordGuid('调研', 'diao4 yan2'));
  });

  it('separates words by reading and normalises how the reading is written', () => {
    expect(wordGuid('调研', 'diao4 yan2')).not.toBe(wordGuid('调研', 'tiao2 yan2'));
    expect(wordGuid('行', 'xing2')).not.toBe(wordGuid('行', 'hang2'));
    expect(wordGuid('绿色', 'lu:4 se4')).toBe(wordGuid('绿色', 'lü4se4'));
    expect(wordGuid('绿色', 'lv4 se4')).toBe(wordGuid('绿色', 'lu:4 se4'));
  });

  it('identifies sentences by their normalised text', () => {
    expect(sentenceGuid('记者到农村进行了调研。')).toBe(sentenceGuid(' 记者到农村进行了调研。\n'));
    expect(sentenceGuid('你好，世界')).toBe(sentenceGuid('你好,世界'));
    expect(sentenceGuid('记者到农村进行了调研。')).not.toBe(sentenceGuid('记者到城市进行了调研。'));
  });

  it('derives child deck ids from the name only (case-insensitive, like Anki deck names)', () => {
    expect(deckIdFor('zhcards::乡村振兴调查')).toBe(deckIdFor('ZHCARDS::乡村振兴调查'));
    expect(deckIdFor('zhcards::乡村振兴调查')).not.toBe(deckIdFor('zhcards::城市'));
    expect(Number.isSafeInteger(deckIdFor('zhcards::乡村振兴调查'))).toBe(true);
  });
});
