import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CARD_KINDS } from '../../src/cards/index.js';
import type { Analysis } from '../../src/domain/types.js';
import { readInputs } from '../../src/ingest/index.js';
import { learnerStore } from '../../src/learner/index.js';
import { analyzeArticles, inProcessService } from '../../src/pipeline/index.js';
import { listIgnoredWords, listKnownWords, openMemoryDatabase, readSettings } from '../../src/storage/index.js';
import { displayWidth } from '../../src/text/index.js';
import { App, type AppProps } from '../../src/ui/App.js';
import { fixture, KEYS, root, waitFor } from './helpers.js';

const article = fixture('tea-market.txt');
let analysis: Analysis;
let hard: string[];
let decks: string;

beforeAll(async () => {
  analysis = analyzeArticles(await readInputs([article]), { level: 3 });
  hard = analysis.vocab.filter((v) => v.hard).map((v) => v.word);
  decks = mkdtempSync(join(tmpdir(), 'zhcards-ui-'));
});
afterAll(() => rmSync(decks, { recursive: true, force: true }));

function start(props: Partial<AppProps> = {}) {
  const db = openMemoryDatabase();
  const app = render(
    <App
      service={inProcessService()}
      learner={learnerStore(db, () => new Date('2026-03-01T10:00:00Z'))}
      inputs={[article]}
      level={3}
      sort="useful"
      cards={DEFAULT_CARD_KINDS}
      articlesDir={join(root, 'tests', 'fixtures', 'ui')}
      decksDir={decks}
      cwd={root}
      size={{ columns: 100, rows: 30 }}
      {...props}
    />,
  );
  const frame = (matches: (f: string) => boolean) => waitFor(app.lastFrame, matches);
  const ready = () => frame((f) => f.includes(`of ${hard.length} hard words selected`));
  return { ...app, db, frame, ready };
}

describe('the app', () => {
  it('draws its first frame before the analysis, then lists the hard words with all selected', async () => {
    const app = start();
    expect(app.lastFrame()).toContain('loading the dictionary and segmenter');
    const f = await app.ready();
    expect(hard.length).toBeGreaterThan(3);
    expect(f).toContain(`${hard.length} of ${hard.length} hard words selected`);
    expect(f).toContain(`›✓${hard[0]}`);
    expect(f).toContain('Space in/out · m known');
    app.unmount();
  });

  it('applies every key of a burst, and Space leaves a word out of the export', async () => {
    const app = start();
    await app.ready();
    app.stdin.write('jjj');
    await app.frame((f) => f.includes(`›✓${hard[3]}`));
    app.stdin.write(' ');
    const f = await app.frame((f) => f.includes(`›·${hard[3]}`));
    expect(f).toContain(`${hard.length - 1} of ${hard.length} hard words selected`);
    app.unmount();
  });

  it('m marks known and x ignores: the word leaves the list and is saved; u undoes', async () => {
    const app = start();
    await app.ready();
    app.stdin.write('m');
    await app.frame((f) => f.includes(`${hard[0]} marked known`) && !f.includes(`✓${hard[0]} `));
    expect(listKnownWords(app.db).map((w) => w.word)).toEqual([hard[0]]);
    app.stdin.write('x');
    await app.frame((f) => f.includes(`${hard[1]} marked ignored`));
    expect(listIgnoredWords(app.db).map((w) => w.word)).toEqual([hard[1]]);
    app.stdin.write('u');
    await app.frame((f) => f.includes(`${hard[1]} is back`) && f.includes(`›✓${hard[1]}`));
    expect(listIgnoredWords(app.db)).toEqual([]);
    expect(listKnownWords(app.db)).toHaveLength(1);
    // The background re-analysis agrees: one word fewer is hard.
    await app.frame((f) => f.includes(`of ${hard.length - 1} hard words selected`) && !f.includes('re-analysing'));
    app.unmount();
  });

  it('K marks every remaining hard word known after y (n cancels); u brings the whole batch back', async () => {
    const app = start();
    await app.ready();
    app.stdin.write('m');
    await app.frame((f) => f.includes(`${hard[0]} marked known`));
    app.stdin.write('K');
    await app.frame((f) => f.includes(`Mark all ${hard.length - 1} remaining hard words known? y/n`));
    app.stdin.write('n');
    await app.frame((f) => f.includes('K all known') && !f.includes('y/n'));
    expect(listKnownWords(app.db)).toHaveLength(1);
    app.stdin.write('K');
    await app.frame((f) => f.includes('y/n'));
    app.stdin.write('y');
    await app.frame((f) => f.includes(`${hard.length - 1} words marked known`) && f.includes('0 of 0 hard words selected'));
    expect(listKnownWords(app.db).map((w) => w.word).sort()).toEqual([...hard].sort());
    // The re-analysis with all of them known finds nothing hard either.
    await app.frame((f) => f.includes('0 of 0 hard words selected') && !f.includes('re-analysing'));
    app.stdin.write('u');
    await app.frame((f) => f.includes(`${hard.length - 1} words are back`) && f.includes(`›✓${hard[1]}`));
    expect(listKnownWords(app.db).map((w) => w.word)).toEqual([hard[0]]);
    await app.frame((f) => f.includes(`${hard.length - 1} of ${hard.length - 1} hard words selected`) && !f.includes('re-analysing'));
    app.unmount();
  });

  it('filters by pinyin typed without tones, and s cycles the sort', async () => {
    const target = analysis.vocab.find((v) => v.hard && v.word.length === 2)!;
    const toneless = target.pinyin.normalize('NFD').replace(/[\u0300-\u036f\s]/g, '');
    const app = start();
    await app.ready();
    app.stdin.write(`/${toneless}`);
    const f = await app.frame((f) => f.includes(`filter: ${toneless}`));
    expect(f).toContain(`›✓${target.word}`);
    app.stdin.write(KEYS.escape);
    await app.frame((f) => f.includes('sorted by useful'));
    app.stdin.write('s');
    await app.frame((f) => f.includes('sorted by article'));
    app.stdin.write('ss');
    await app.frame((f) => f.includes('sorted by order'));
    // In text order, the first row is the word met first.
    const first = [...analysis.vocab].filter((v) => v.hard).sort((a, b) => a.firstSentence - b.firstSentence)[0]!;
    expect(app.lastFrame()).toContain(first.word);
    app.unmount();
  });

  it('keeps columns aligned with CJK double width at 80×24, and refuses smaller', async () => {
    const app = start({ size: { columns: 80, rows: 24 } });
    const f = await app.ready();
    const rows = f.split('\n').filter((l) => /^[›\s][✓·]/.test(l));
    expect(rows.length).toBeGreaterThan(3);
    const byWord = new Map(analysis.vocab.map((v) => [v.word, v]));
    for (const row of rows) {
      const word = row.slice(2).split(' ')[0]!;
      const v = byWord.get(word.replace('…', ''));
      // The pinyin column starts at display column 13 on every row (2 marks + 10 + a space).
      const chars = [...row];
      let col = 0;
      let i = 0;
      while (col < 13) col += displayWidth(chars[i++]!);
      if (v) expect(chars.slice(i).join('').startsWith(v.pinyin.split(' ')[0]!)).toBe(true);
      expect(displayWidth(row)).toBeLessThanOrEqual(80);
    }
    app.unmount();
    // Following the terminal: a resize redraws at once, no key needed.
    const live = start({ size: undefined });
    await live.ready();
    Object.defineProperty(live.stdout, 'columns', { value: 79, configurable: true });
    live.stdout.emit('resize');
    await live.frame((f) => f.includes('terminal too small (need 80×24)'));
    Object.defineProperty(live.stdout, 'columns', { value: 90, configurable: true });
    live.stdout.emit('resize');
    await live.frame((f) => f.includes('hard words selected'));
    live.unmount();
  });

  it('Level: moving shows how many words become hard; Enter applies it', async () => {
    const app = start();
    await app.ready();
    app.stdin.write('4');
    await app.frame((f) => /HSK 6 +\d+ hard · you read [█░]+ +\d+%/.test(f));
    app.stdin.write(KEYS.down);
    await app.frame((f) => f.includes('At HSK 4:'));
    app.stdin.write(KEYS.enter);
    const at4 = analyzeArticles(await readInputs([article]), { level: 4 }).vocab.filter((v) => v.hard).length;
    await app.frame((f) => f.includes(`HSK 4 · ${at4} of ${at4} hard words selected`));
    expect(readSettings(app.db)).toMatchObject({ level: 4 });
    app.stdin.write('i');
    await app.frame((f) => f.includes('95% (estimated level)'));
    app.unmount();
  });

  it('Reading shows the article and the word under the cursor; Sentences include sentence cards', async () => {
    const app = start();
    await app.ready();
    app.stdin.write('2');
    const f = await app.frame((f) => f.includes('page 1/'));
    expect(f).toContain('老街茶市重新开张');
    const firstHard = analysis.sentences.flatMap((s) => s.tokens).find((t) => hard.includes(t.text))!;
    expect(f).toContain(`${firstHard.text} ${analysis.vocab.find((v) => v.word === firstHard.text)!.pinyin}`);
    app.stdin.write('3');
    await app.frame((f) => f.includes('0 sentence cards chosen'));
    if (analysis.studySentences.length) {
      app.stdin.write(' ');
      await app.frame((f) => f.includes('1 sentence card chosen'));
    }
    app.unmount();
  });

  it('exports the selection through the export engine and says how to import it', async () => {
    const app = start();
    await app.ready();
    app.stdin.write(' 5');
    await app.frame((f) => f.includes('deck name'));
    app.stdin.write('e');
    const f = await app.frame((f) => f.includes('Wrote '));
    expect(f).toContain(`${hard.length - 1} notes`);
    expect(f).toContain('Import it in Anki');
    const written = /Wrote (.+?\.apkg):/.exec(f.replace(/\n/g, ''))![1]!;
    expect(existsSync(written)).toBe(true);
    expect(written.startsWith(decks)).toBe(true);
    app.unmount();
  });

  it('asks before quitting with a curated selection; ? opens the help', async () => {
    const app = start();
    await app.ready();
    app.stdin.write('\r');
    const detail = await app.frame((f) => /in \d+ sentences?/.test(f));
    const first = analysis.vocab.find((v) => v.hard)!;
    for (const d of first.definitions) expect(detail).toContain(d.slice(0, 30));
    app.stdin.write(KEYS.escape);
    await app.frame((f) => f.includes('sorted by useful'));
    app.stdin.write('?');
    const help = await app.frame((f) => f.includes('estimated from how common'));
    expect(help).toContain('"7+" is beyond HSK 6');
    app.stdin.write('q');
    await app.frame((f) => f.includes('sorted by useful'));
    app.stdin.write(' q');
    await app.frame((f) => f.includes('Quit anyway?'));
    app.stdin.write('n');
    await app.frame((f) => f.includes('Space in/out'));
    app.unmount();
  });

  it('Library: bundled articles with their numbers; a file without Chinese is a message and the app goes on', async () => {
    const app = start({ inputs: null });
    const f = await app.frame((f) => f.includes('tea-market.txt') && /字 · (HSK \d|beyond HSK 6) · [█░]{8} +\d+% · \d+ hard/.test(f) && f.includes('unreadable'));
    expect(f).toContain('no-chinese.txt');
    // Rows are sorted by name: night-market, no-chinese, tea-market.
    app.stdin.write('j\r');
    await app.frame((f) => f.includes('no Chinese text found'));
    // Space marks rows; Enter opens the marked ones as one set.
    app.stdin.write('k jj ');
    await app.frame((f) => /\+\s*sample tea-market/.test(f) && /\+\s*sample night-market/.test(f));
    app.stdin.write('\r');
    await app.frame((f) => f.includes('夜市的灯光 · 老街茶市重新开张') || f.includes('老街茶市重新开张 · 夜市的灯光'));
    app.unmount();
  });
});
