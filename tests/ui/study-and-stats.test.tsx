import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/domain/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { renderApp } from './render-app.js';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'select', 'study.txt');
let analysis: Analysis;
let decks: string;

beforeAll(async () => {
  analysis = analyzeArticles(await readInputs([fixture]), { level: 3 });
  decks = mkdtempSync(join(tmpdir(), 'zhcards-ui-'));
});
afterAll(() => rmSync(decks, { recursive: true, force: true }));

function start() {
  return renderApp({ inputs: [fixture], decksDir: decks, size: { columns: 120, rows: 40 } });
}

describe('study sentences and stats in the app', () => {
  it('lists an excerpt, not its whole sentence', async () => {
    const app = start();
    await app.frame((f) => f.includes('hard words selected'));
    app.stdin.write('3');
    const f = await app.frame((x) => x.includes('老师也表扬了我们'));
    expect(f).toContain('昨天下午，我们在图书馆讨论了很多问题');
    expect(f).not.toContain('问题，气氛');
    app.unmount();
  });

  it('the Stats view gives the same "you know" share as the analysis, and says what the bars count', async () => {
    const app = start();
    await app.frame((f) => f.includes('hard words selected'));
    app.stdin.write('4');
    await app.frame((f) => f.includes('HSK 6'));
    app.stdin.write('i');
    const f = await app.frame((x) => x.includes('unknown words per 100 characters'));
    const d = analysis.stats.difficulty;
    const known = `${Math.round(d.coverage * 100)}%`;
    expect(f).toContain(`At HSK 3 you know ${known} of word tokens: ${Math.round(d.listedCoverage * 100)}% listed at or below HSK 3`);
    expect(f).toContain(`${d.unknownPer100Chars} unknown words per 100 characters`);
    expect(f).toContain('listed at or below each level');
    app.unmount();
  });
});
