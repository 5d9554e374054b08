import { describe, expect, it } from 'vitest';
import { DEFAULT_CARD_KINDS, wordCards } from '../../src/cards/index.js';
import { addWordsToCollection } from '../../src/collection/index.js';
import { readInputs } from '../../src/ingest/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { openMemoryDatabase } from '../../src/storage/index.js';
import { renderApp, TEST_NOW } from './render-app.js';
import { fixture, root, waitFor } from './helpers.js';

const now = TEST_NOW;

async function pressUntil(press: () => void, read: () => string | undefined, ok: (frame: string) => boolean): Promise<string> {
  for (let i = 0; ; i++) {
    press();
    try {
      return await waitFor(read, ok, 1000);
    } catch (e) {
      if (i >= 9) throw e;
    }
  }
}

describe("the Library's Study entry", () => {
  it('shows the cards due today and opens the review screen with s; q comes back', async () => {
    const db = openMemoryDatabase();
    const analysis = analyzeArticles(await readInputs([fixture('tea-market.txt')]), { level: 3 });
    const words = wordCards(analysis).slice(0, 3);
    addWordsToCollection(db, 'zhcards::tea', words, DEFAULT_CARD_KINDS, now.getTime() - 86_400_000);
    const app = renderApp({ db, inputs: null, decksDir: root, now: () => now });
    const f = await waitFor(app.lastFrame, (x) => /Study \d+ due · \d+ new today/.test(x));
    // New cards only: none is due yet, and each word brings at most one new card a day.
    expect(f).toContain('Study 0 due · 3 new today');
    app.stdin.write('s');
    // The review screen: the front of the first card, with its answer keys.
    const review = await waitFor(app.lastFrame, (x) => x.includes('Space/Enter show answer'));
    expect(words.some((w) => review.includes(w.form || w.simplified))).toBe(true);
    expect(review).not.toContain('Study 0 due');
    // The review screen subscribes to keys just after its first frame: press until it answers.
    await pressUntil(() => app.stdin.write('\u001B'), () => app.lastFrame(), (x) => x.includes('Study 0 due · 3 new today'));
    app.unmount();
  });
});
