import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleDifficulty, type ArticleDifficulty } from '../../src/difficulty/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { chooseLevelSystem, HSK3_SCALE } from '../../src/levels/index.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import type { AppProps } from '../../src/ui/App.js';
import { renderApp } from './render-app.js';
import { fixture, root } from './helpers.js';

const article = fixture('tea-market.txt');
const pct = (x: number) => `${Math.round(x * 100)}%`;
let decks: string;
let hsk2: ArticleDifficulty;
let hsk3: ArticleDifficulty;
let hsk3Hard: number;

beforeAll(async () => {
  const articles = await readInputs([article]);
  hsk2 = articleDifficulty(analyzeArticles(articles, { level: 3 }));
  const a3 = analyzeArticles(articles, { level: 3, system: chooseLevelSystem('hsk3', loadLexicon(), root) });
  hsk3 = articleDifficulty(a3);
  hsk3Hard = a3.stats.hardWords;
  decks = mkdtempSync(join(tmpdir(), 'zhcards-ui-levels-'));
});
afterAll(() => rmSync(decks, { recursive: true, force: true }));

function start(props: Partial<AppProps> = {}) {
  return renderApp({ inputs: [article], decksDir: decks, ...props });
}

/** The Level screen's two lines for one level: its row, and the coverage curve under it. */
function levelLines(frame: string, name: string): [string, string] {
  const lines = frame.split('\n');
  const i = lines.findIndex((l) => new RegExp(`^[› ]${name} `).test(l));
  expect(i, `no row for ${name}`).toBeGreaterThanOrEqual(0);
  return [lines[i]!, lines[i + 1]!];
}

describe('the app speaks the learner’s level system', () => {
  it('with hsk3 the header says HSK3 and the Level screen lists HSK3 1 … HSK3 7–9', async () => {
    const app = start({ levels: 'hsk3' });
    const f = await app.frame((f) => f.includes(`HSK3 3 · ${hsk3Hard} of ${hsk3Hard} hard words selected`));
    expect(f).not.toMatch(/HSK [1-9](?!\.0)/);
    app.stdin.write('4');
    const level = await app.frame((f) => f.includes('HSK 3.0') && !f.includes('counting'));
    for (const name of HSK3_SCALE.names) expect(level).toContain(name);
    expect(level).not.toMatch(/HSK [1-9](?!\.0)/);
    // The cursor runs over the system's seven levels.
    app.stdin.write('G');
    await app.frame((f) => f.includes('At HSK3 7–9:'));
    app.unmount();
  });

  it('the Level screen shows the same coverage numbers as articleDifficulty (`zhcards level`)', async () => {
    const app = start();
    await app.frame((f) => f.includes('hard words selected'));
    app.stdin.write('4');
    const f = await app.frame((f) => f.includes('HSK 2.0') && !f.includes('counting'));
    for (const point of hsk2.curve) {
      const [, curve] = levelLines(f, point.name);
      expect(curve).toMatch(new RegExp(`words [█░]+ +${pct(point.tokens)} · chars [█░]+ +${pct(point.chars)}`));
    }
    const [now] = levelLines(f, 'HSK 3');
    expect(now).toContain('(now)');
    expect(now).toMatch(new RegExp(`you read [█░]+ +${pct(hsk2.personal.tokens)}`));
    app.unmount();
  });

  it('the Library shows each article’s estimated level and personal coverage bar, in the system', async () => {
    const app = start({ inputs: null, levels: 'hsk3' });
    const f = await app.frame((f) => f.includes('tea-market.txt') && / · HSK3 [^·]+ · [█░]{8} +\d+% · \d+ hard/.test(f));
    const row = f.split('\n').find((l) => l.includes('tea-market.txt'))!;
    expect(row).toContain(`${hsk3.estimatedLevelName} · `);
    expect(row).toMatch(new RegExp(`[█░]{8} +${pct(hsk3.personal.tokens)} · `));
    app.unmount();
  });
});
