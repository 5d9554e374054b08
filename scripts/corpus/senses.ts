/**
 * Meanings and scripts: the share of right first senses on the hand-written list, and, for
 * the traditional articles, variants dropped and items shown in simplified spelling.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/index.js';
import { defineWord, loadLexicon } from '../../src/lexicon/index.js';
import { analyzeArticles } from '../../src/pipeline/index.js';
import { firstSenseCases, startsRight } from '../../tests/fixtures/lexicon/first-senses.js';

export interface SenseCheck {
  words: number;
  right: number;
  wrong: string[];
  /** Per traditional article: words dropped for want of an entry, items shown simplified though the article is not. */
  traditional: Array<{ file: string; dropped: string[]; simplifiedItems: string[] }>;
}

export async function checkSenses(corpusDir: string): Promise<SenseCheck> {
  const lx = loadLexicon();
  const cases = firstSenseCases();
  const wrong = cases
    .map((c) => ({ c, first: defineWord(c.word, c.reading, lx)?.definitions[0] ?? '(none)' }))
    .filter(({ c, first }) => !startsRight(first, c.glosses))
    .map(({ c, first }) => `${c.word} ${c.reading}: ${first}`);
  const dir = join(corpusDir, 'articles');
  const traditional = [];
  for (const file of readdirSync(dir).filter((f) => f.startsWith('trad-')).sort()) {
    const a = analyzeArticles(await readInputs([join(dir, file)]), { level: 3 });
    const dropped = a.diagnostics.filter((d) => d.startsWith('no dictionary entry')).map((d) => d.replace(/^no dictionary entry for (\S+);.*$/, '$1'));
    const simplifiedItems = a.vocab.filter((v) => v.form === v.word && v.traditional !== v.word).map((v) => v.word);
    traditional.push({ file, dropped, simplifiedItems });
  }
  return { words: cases.length, right: cases.length - wrong.length, wrong, traditional };
}
