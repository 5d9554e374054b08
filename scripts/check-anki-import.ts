/**
 * `npx tsx scripts/check-anki-import.ts`: imports zhcards decks with Anki's own Python importer
 * (2.1.16, pure Python) as a learner would — import, edit a note, re-export, import again, add
 * a second article — and checks what survives. Needs a checkout of Anki's `anki/` package:
 *   git -C <anki clone> archive 2.1.16 anki | tar -x -C /tmp/anki-2.1.16
 *   ZHCARDS_ANKI_SRC=/tmp/anki-2.1.16 npx tsx scripts/check-anki-import.ts
 * Skips cleanly without it. Anki's code is never part of this repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDeckPlan, wordGuid, writeApkg, type DeckPlan } from '../src/anki/index.js';
import type { LedgerEntry, WordCard } from '../src/cards/index.js';
import { DIAOYAN, DIAOYAN_SENTENCE, sentence, XIANGCUN, ZAITI } from '../tests/fixtures/anki/cards.js';

const src = process.env.ZHCARDS_ANKI_SRC ?? '';
if (!src || !existsSync(join(src, 'anki', 'importing', 'apkg.py'))) {
  console.log('check-anki-import: skipped — set ZHCARDS_ANKI_SRC to a folder holding Anki 2.1.x\'s anki/ package');
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'zhcards-anki-real-'));
const now = Date.now();
// Anki stamps the learner's edits with the real clock, so exports after them lie ahead of it.
const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000);
const ledger = new Map<string, LedgerEntry>();
const remember = (p: DeckPlan) => p.ledgerEntries.forEach((e) => ledger.set(e.guid, e));
let n = 0;
async function exportDeck(deckName: string, words: WordCard[], daysAgo: number, slug: string, sentences = [DIAOYAN_SENTENCE]): Promise<string> {
  const plan = buildDeckPlan({ deckName, words, sentences, templates: ['recognition', 'production'], now: at(daysAgo), articleSlug: slug, ledger });
  remember(plan);
  const path = join(dir, `${n++}-${slug}.apkg`);
  await writeApkg(plan, path);
  console.log(`  export ${slug} (${daysAgo > 0 ? `${daysAgo} days ago` : `${-daysAgo * 24} h from now`}): ${plan.counts.new} new, ${plan.counts.changed} changed, ${plan.counts.unchanged} unchanged`);
  return path;
}

const zaiti = wordGuid('载体', 'zai4 ti3');
const xiangcun = wordGuid('乡村', 'xiang1 cun1');
const topicGuid = wordGuid('专题', 'zhuan1 ti2');
const diaoyan = wordGuid('调研', 'diao4 yan2');
const other = sentence([['专家', 'zhuān jiā'], ['开展', 'kāi zhǎn'], ['了', 'le'], ['专题', 'zhuān tí'], ['调研', 'diào yán'], ['。', '']], 4);
try {
  console.log('Anki import check');
  const first = await exportDeck('zhcards::A', [ZAITI, DIAOYAN, XIANGCUN], 5, 'a');
  const same = await exportDeck('zhcards::A', [ZAITI, DIAOYAN, XIANGCUN], -1 / 24, 'a');
  const changed = await exportDeck('zhcards::A', [ZAITI, { ...DIAOYAN, definitions: ['to investigate and research'] }, XIANGCUN], -2 / 24, 'a');
  const fromB = { sentence: other, source: { title: '城市', file: 'b.txt' } };
  const topic: WordCard = { ...ZAITI, ...fromB, simplified: '专题', traditional: '專題', pinyin: 'zhuān tí', pinyinNumbered: 'zhuan1 ti2', definitions: ['special topic'] };
  const shared = await exportDeck('zhcards::B', [{ ...DIAOYAN, ...fromB, definitions: ['to investigate and research'] }, topic], -3 / 24, 'b', []);
  const run = spawnSync('python3', [join(import.meta.dirname, 'anki', 'drive-anki.py'), src, dir,
    first, 'edit', zaiti, 'Notes', '我的笔记', 'mine', 'edit', xiangcun, 'Notes', '乡村 = 农村', '', same, changed, shared], { encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf8', LC_ALL: 'C.UTF-8' } });
  if (run.status !== 0) throw new Error(`Anki's importer failed: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const { version, log } = JSON.parse(run.stdout) as { version: string; log: Array<{ action: string; notes: Record<string, { mod: number; tags: string; flds: string[] }>; cards: Array<[string, number, number, number]>; decks: Record<string, string> }> };
  const [imported, , edited, again, updated, second] = log;
  const notesField = (s: typeof imported, guid: string) => s!.notes[guid]!.flds[13];
  const checks: Array<[string, boolean]> = [
    ['first import: 4 notes, 7 cards (2 per word, 1 sentence)', Object.keys(imported!.notes).length === 4 && imported!.cards.length === 7],
    ['editing notes creates no card nobody chose', edited!.cards.length === 7],
    ['same content again: learner\'s Notes field and tag survive', notesField(again, zaiti) === '我的笔记' && again!.notes[zaiti]!.tags.includes('mine')],
    ['same content again: no card added or doubled', again!.cards.length === 7],
    ['changed word: updated (new definition), the other keeps the learner\'s note', updated!.notes[diaoyan]!.flds[5]!.includes('to investigate and research') && notesField(updated, zaiti) === '我的笔记'],
    ['second article: shared word keeps its first example and deck', second!.notes[diaoyan]!.flds[9] === updated!.notes[diaoyan]!.flds[9] && second!.cards.filter((c) => c[0] === diaoyan).every((c) => second!.decks[String(c[3])] === 'zhcards::A')],
    ['second article: its new word goes to its own deck', second!.cards.filter((c) => c[0] === topicGuid).length === 2 && second!.cards.filter((c) => c[0] === topicGuid).every((c) => second!.decks[String(c[3])] === 'zhcards::B')],
    ['card ids are the ones in the files (stable)', imported!.cards.every((c) => second!.cards.some((d) => d[2] === c[2]))],
  ];
  console.log(`  Anki ${version}:`);
  for (const [what, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
